package org.juxta.shared.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.MalformedRequestException;

/**
 * The opaque {@code cursor} of keyset-paged lists: the position of a page's last record, base64url
 * encoded. Clients must not build cursors; the format may change.
 */
public final class PageCursors {

    private PageCursors() {
    }

    public static String encode(PagePosition position) {
        String plain = ChronoUnit.MICROS.between(Instant.EPOCH, position.at()) + "/" + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Where the page a request's {@code cursor} asks for starts; null without one (the first page). */
    public static PagePosition after(String cursor) {
        return cursor != null ? decode(cursor) : null;
    }

    public static PagePosition decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int slash = plain.indexOf('/');
            long micros = Long.parseLong(plain.substring(0, slash));
            UUID id = UUID.fromString(plain.substring(slash + 1));
            return new PagePosition(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id);
        } catch (RuntimeException e) {
            throw new MalformedRequestException("The cursor is not one this API returned.",
                    List.of(new FieldError("cursor", "is not a nextCursor returned by this API")));
        }
    }
}
