package org.juxta.osbp.notice;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.juxta.osbp.api.model.AttachmentMediaType;
import org.juxta.osbp.api.model.NewNotice;
import org.juxta.osbp.api.model.NewNoticeAttachment;
import org.juxta.shared.http.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeRulesTest {

    private static final List<String> AGENCIES = List.of("immigration", "customs", "health", "osbp");

    private static NewNotice to(String... recipients) {
        return new NewNotice().recipients(new LinkedHashSet<>(List.of(recipients)));
    }

    /** A PDF of the size: its header, then padding. */
    private static NewNoticeAttachment file(int size) {
        byte[] content = new byte[size];
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, Math.min(header.length, size));
        return new NewNoticeAttachment().name("f.pdf").mediaType(AttachmentMediaType.APPLICATION_PDF)
                .content(Base64.getEncoder().encodeToString(content));
    }

    @Test
    void recipientsOfTheOtherStatesAgenciesPass() {
        assertThat(NoticeRules.check(to("CHN:customs", "CHN:osbp"), "CHN", AGENCIES, 1024).errors()).isEmpty();
    }

    @Test
    void aRecipientOfTheSendersStateOrOfNoLiaisonAgencyIsNamed() {
        List<FieldError> errors = NoticeRules.check(to("CHN:customs", "MNG:customs", "CHN:carrier"), "CHN",
                AGENCIES, 1024).errors();
        assertThat(errors).extracting(FieldError::field).containsExactly("recipients[1]", "recipients[2]");
    }

    @Test
    void attachmentsAreDecodedAndBoundedTogether() {
        NoticeRules.Decoded decoded = NoticeRules.check(to("CHN:customs").attachments(List.of(file(600), file(400))),
                "CHN", AGENCIES, 1000);
        assertThat(decoded.errors()).isEmpty();
        assertThat(decoded.attachments()).extracting(content -> content.length).containsExactly(600, 400);

        assertThat(NoticeRules.check(to("CHN:customs").attachments(List.of(file(600), file(401))), "CHN", AGENCIES,
                1000).errors()).extracting(FieldError::field).containsExactly("attachments");
    }

    @Test
    void anAttachmentOverOneMebibyteOrNotBase64IsRefused() {
        NewNoticeAttachment broken = new NewNoticeAttachment().name("x.txt").mediaType(AttachmentMediaType.TEXT_PLAIN)
                .content("@@@@");
        assertThat(NoticeRules.check(to("CHN:customs").attachments(List.of(file(NoticeRules.MAX_ATTACHMENT_SIZE + 1),
                broken)), "CHN", AGENCIES, 10 * NoticeRules.MAX_ATTACHMENT_SIZE).errors())
                .extracting(FieldError::field)
                .containsExactly("attachments[0].content", "attachments[1].content");
    }

    /**
     * The signatures the standards give (ISO 32000-2 for PDF, ITU-T T.81 / JFIF for JPEG, ISO/IEC 15948 for PNG),
     * here the first bytes of real files, against the same bytes under another media type and files disguised.
     */
    @Test
    void anAttachmentMustBeWhatItsMediaTypeSays() {
        byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        byte[] pdfAfterJunk = ("\r\n".repeat(10) + "%PDF-2.0\n").getBytes(StandardCharsets.US_ASCII);
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        byte[] text = "Seal 4471 broken on arrival.\r\nLoad: 20 t of copper concentrate\tlot 7".getBytes(
                StandardCharsets.UTF_8);
        byte[] mongolian = "Лац 4471 эвдэрсэн".getBytes(StandardCharsets.UTF_8);

        assertThat(NoticeRules.mismatch(AttachmentMediaType.APPLICATION_PDF, pdf)).isEmpty();
        assertThat(NoticeRules.mismatch(AttachmentMediaType.APPLICATION_PDF, pdfAfterJunk)).isEmpty();
        assertThat(NoticeRules.mismatch(AttachmentMediaType.IMAGE_JPEG, jpeg)).isEmpty();
        assertThat(NoticeRules.mismatch(AttachmentMediaType.IMAGE_PNG, png)).isEmpty();
        assertThat(NoticeRules.mismatch(AttachmentMediaType.TEXT_PLAIN, text)).isEmpty();
        assertThat(NoticeRules.mismatch(AttachmentMediaType.TEXT_PLAIN, mongolian)).isEmpty();

        assertThat(NoticeRules.mismatch(AttachmentMediaType.APPLICATION_PDF, executable)).hasValueSatisfying(
                problem -> assertThat(problem).startsWith("is not a PDF document"));
        assertThat(NoticeRules.mismatch(AttachmentMediaType.APPLICATION_PDF, new byte[2048])).isPresent();
        assertThat(NoticeRules.mismatch(AttachmentMediaType.IMAGE_JPEG, png)).isPresent();
        assertThat(NoticeRules.mismatch(AttachmentMediaType.IMAGE_PNG, jpeg)).isPresent();
        assertThat(NoticeRules.mismatch(AttachmentMediaType.IMAGE_PNG, new byte[0])).isPresent();
        assertThat(NoticeRules.mismatch(AttachmentMediaType.TEXT_PLAIN, executable)).hasValue(
                "is not plain text: not UTF-8");
        assertThat(NoticeRules.mismatch(AttachmentMediaType.TEXT_PLAIN, new byte[]{'M', 'Z', 0, 3, 0, 0}))
                .hasValue("is not plain text: it holds control characters");
        assertThat(NoticeRules.mismatch(AttachmentMediaType.TEXT_PLAIN, new byte[]{(byte) 0xC3, 0x28}))
                .hasValue("is not plain text: not UTF-8");
    }
}
