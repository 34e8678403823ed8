package org.juxta.shared.http;

/**
 * The problem types Juxta defines beyond plain HTTP semantics; docs/api-guide.md describes each.
 */
public final class ProblemTypes {

    /** The status code says it all (RFC 9457, section 4.2.1). */
    public static final String BLANK = "about:blank";
    /** The request cannot be read: not JSON, a wrong type, an unknown field or a malformed parameter. */
    public static final String MALFORMED_REQUEST = "urn:juxta:problem:malformed-request";
    /** The request is well-formed but some values are invalid; {@code errors} lists them. */
    public static final String INVALID_CONTENT = "urn:juxta:problem:invalid-content";
    /** An Idempotency-Key was reused with a different request. */
    public static final String IDEMPOTENCY_KEY_REUSED = "urn:juxta:problem:idempotency-key-reused";

    private ProblemTypes() {
    }
}
