package org.juxta.osbp.notice;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.juxta.osbp.api.model.AttachmentMediaType;
import org.juxta.osbp.api.model.NewNotice;
import org.juxta.osbp.api.model.NewNoticeAttachment;
import org.juxta.shared.http.FieldError;

/**
 * What a notice must be beyond its contract: addressed to agencies of the other state only, with attachments
 * that decode, stay within the size allowed and are what their media type says: an officer across the line
 * opens a "PDF" with a PDF reader, so a file that is not one is refused rather than passed on.
 */
final class NoticeRules {

    /** The largest attachment, decoded (the contract bounds its base64 text accordingly). */
    static final int MAX_ATTACHMENT_SIZE = 1024 * 1024;

    /** PDF's header may follow up to 1,024 bytes of anything (ISO 32000-2, as readers accept it). */
    private static final int PDF_HEADER_WITHIN = 1024;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** JPEG's start-of-image marker and the first byte of the next marker (ITU-T T.81). */
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    /** PNG's signature (ISO/IEC 15948, 5.2). */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private NoticeRules() {
    }

    /** The notice's attachments, decoded, in the order sent. */
    record Decoded(List<byte[]> attachments, List<FieldError> errors) {
    }

    /**
     * Checks the recipients and decodes the attachments.
     *
     * @param otherState
     *            the state across the line from the sender's
     * @param agencies
     *            the agencies that take part in liaison
     * @param maxTotalSize
     *            the largest total size of the attachments, decoded
     */
    static Decoded check(NewNotice notice, String otherState, List<String> agencies, int maxTotalSize) {
        List<FieldError> errors = new ArrayList<>();
        int index = 0;
        for (String recipient : notice.getRecipients()) {
            String field = "recipients[" + index++ + "]";
            String state = recipient.substring(0, 3);
            String agency = recipient.substring(4);
            if (!state.equals(otherState)) {
                errors.add(new FieldError(field, recipient + " is not of the other state, " + otherState
                        + ": a notice goes to agencies across the line"));
            } else if (!agencies.contains(agency)) {
                errors.add(new FieldError(field, agency + " is not an agency that takes part in liaison, "
                        + String.join(", ", agencies)));
            }
        }
        List<byte[]> decoded = new ArrayList<>();
        List<NewNoticeAttachment> attachments = notice.getAttachments() != null ? notice.getAttachments() : List.of();
        long total = 0;
        index = 0;
        for (NewNoticeAttachment attachment : attachments) {
            String field = "attachments[" + index++ + "].content";
            try {
                byte[] content = Base64.getDecoder().decode(attachment.getContent());
                if (content.length > MAX_ATTACHMENT_SIZE) {
                    errors.add(new FieldError(field, "is " + content.length + " bytes, more than "
                            + MAX_ATTACHMENT_SIZE));
                } else {
                    mismatch(attachment.getMediaType(), content)
                            .ifPresent(problem -> errors.add(new FieldError(field, problem)));
                }
                total += content.length;
                decoded.add(content);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, "is not base64"));
            }
        }
        if (total > maxTotalSize) {
            errors.add(new FieldError("attachments", "are " + total + " bytes together, more than " + maxTotalSize));
        }
        return new Decoded(decoded, errors);
    }

    /** Why the content is not of its media type, or empty if it is. */
    static Optional<String> mismatch(AttachmentMediaType mediaType, byte[] content) {
        return switch (mediaType) {
            case APPLICATION_PDF -> indexOf(content, PDF, PDF_HEADER_WITHIN) >= 0
                    ? Optional.empty()
                    : Optional.of("is not a PDF document: no %PDF- header in its first 1024 bytes");
            case IMAGE_JPEG -> startsWith(content, JPEG)
                    ? Optional.empty()
                    : Optional.of("is not a JPEG image: it does not start with a JPEG start-of-image marker");
            case IMAGE_PNG -> startsWith(content, PNG)
                    ? Optional.empty()
                    : Optional.of("is not a PNG image: it does not start with the PNG signature");
            case TEXT_PLAIN -> plainText(content);
        };
    }

    /** Text is UTF-8 without control characters other than tab, line feed, form feed and carriage return. */
    private static Optional<String> plainText(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return Optional.of("is not plain text: not UTF-8");
        }
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\f'
                && c != '\r')
                        ? Optional.of("is not plain text: it holds control characters")
                        : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] content, byte[] wanted, int within) {
        int last = Math.min(content.length - wanted.length, within - wanted.length);
        for (int i = 0; i <= last; i++) {
            if (Arrays.equals(content, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        return -1;
    }
}
