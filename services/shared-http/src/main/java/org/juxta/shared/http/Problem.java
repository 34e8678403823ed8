package org.juxta.shared.http;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error response of every Juxta service.
 *
 * @param type
 *            a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title
 *            a short, fixed summary of the kind of problem
 * @param status
 *            the HTTP status
 * @param detail
 *            what went wrong with this request, for a person to read
 * @param instance
 *            the path of the request
 * @param requestId
 *            the id of the request, to quote when reporting the problem
 * @param errors
 *            for invalid input, one entry per invalid field or parameter
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
