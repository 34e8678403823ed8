package org.juxta.gateway.ratelimit;

/**
 * What a caller's rate limit says about one request, also shown to the caller in the {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset} headers.
 *
 * @param granted
 *            whether the request may go ahead
 * @param limit
 *            the requests the caller may send at once (the bucket's capacity)
 * @param remaining
 *            the requests the caller may still send at once
 * @param resetSeconds
 *            the seconds until the caller's allowance is whole again
 * @param retryAfterSeconds
 *            when refused, the seconds until a request will be granted again; else 0
 */
public record Allowance(boolean granted, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {
}
