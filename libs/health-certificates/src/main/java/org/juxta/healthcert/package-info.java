/**
 * Verification of EU Digital COVID Certificate-style health certificates from their QR payload: {@code HC1:} prefix,
 * Base45 (RFC 9285), zlib, COSE_Sign1 (RFC 9052) signed with ES256 or PS256, CWT claims (RFC 8392) and the DCC they
 * carry.
 * <ul>
 * <li>{@link org.juxta.healthcert.Hc1Verifier} verifies a payload against a
 * {@link org.juxta.healthcert.TrustList} of signing keys at a given time and answers a
 * {@link org.juxta.healthcert.Verification}: a result, the failing step of a malformed payload, a message, and the
 * decoded {@link org.juxta.healthcert.HealthCertificate} once its signature verified.</li>
 * <li>{@link org.juxta.healthcert.Base45} is the encoding of the QR text.</li>
 * </ul>
 * CBOR is read with Jackson's CBOR codec; signatures are checked with the JDK.
 */
package org.juxta.healthcert;
