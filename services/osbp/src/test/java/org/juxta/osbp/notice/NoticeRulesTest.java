package org.juxta.osbp.notice;

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

    private static NewNoticeAttachment file(int size) {
        return new NewNoticeAttachment().name("f.pdf").mediaType(AttachmentMediaType.APPLICATION_PDF)
                .content(Base64.getEncoder().encodeToString(new byte[size]));
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
}
