package org.juxta.osbp.notice;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.juxta.osbp.api.model.NewNotice;
import org.juxta.osbp.api.model.NewNoticeAttachment;
import org.juxta.shared.http.FieldError;

/**
 * What a notice must be beyond its contract: addressed to agencies of the other state only, with attachments
 * that decode and stay within the size allowed.
 */
final class NoticeRules {

    /** The largest attachment, decoded (the contract bounds its base64 text accordingly). */
    static final int MAX_ATTACHMENT_SIZE = 1024 * 1024;

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
}
