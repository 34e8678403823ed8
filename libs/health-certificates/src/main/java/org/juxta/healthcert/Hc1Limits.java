package org.juxta.healthcert;

/**
 * How large a QR payload may be before {@link Hc1Verifier} refuses it without decoding it further: a bound on the
 * memory and time any text can cost, so that a zlib bomb is refused rather than inflated.
 *
 * @param qrCharacters
 *            characters of the scanned text, prefix included
 * @param inflatedBytes
 *            bytes of the COSE message once decompressed
 */
public record Hc1Limits(int qrCharacters, int inflatedBytes) {

    /**
     * 4,296 characters, what a QR code holds at most in alphanumeric mode (version 40, level L), and 64 KiB inflated:
     * certificates are well under 2 KiB once inflated, and the 4,292 characters of Base45 after the prefix hold 2,861
     * bytes of zlib.
     */
    public static final Hc1Limits DEFAULT = new Hc1Limits(4_296, 64 * 1024);

    public Hc1Limits {
        if (qrCharacters < 5 || inflatedBytes < 1) {
            throw new IllegalArgumentException("a limit leaves room for no certificate");
        }
    }
}
