package org.juxta.shared.http;

/**
 * One invalid field of a request body ({@code traveller.dateOfBirth}) or one invalid parameter
 * ({@code limit}, {@code Idempotency-Key}).
 */
public record FieldError(String field, String message) {
}
