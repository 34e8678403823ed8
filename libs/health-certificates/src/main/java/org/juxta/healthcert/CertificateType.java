package org.juxta.healthcert;

/**
 * What a health certificate attests, each a group of the DCC ({@code v}, {@code t}, {@code r}). A signing certificate
 * may be limited to some of them by its extended key usage.
 */
public enum CertificateType {

    VACCINATION("1.3.6.1.4.1.1847.2021.1.2", "1.3.6.1.4.1.0.1847.2021.1.2"), TEST("1.3.6.1.4.1.1847.2021.1.1",
            "1.3.6.1.4.1.0.1847.2021.1.1"), RECOVERY("1.3.6.1.4.1.1847.2021.1.3", "1.3.6.1.4.1.0.1847.2021.1.3");

    // The DCC specification gives two sets of key usage OIDs: the second was published by mistake and is in use too.
    private final String keyUsage;
    private final String alternativeKeyUsage;

    CertificateType(String keyUsage, String alternativeKeyUsage) {
        this.keyUsage = keyUsage;
        this.alternativeKeyUsage = alternativeKeyUsage;
    }

    /** Whether an extended key usage OID of a signing certificate allows it to sign this type. */
    boolean isAllowedBy(String extendedKeyUsage) {
        return keyUsage.equals(extendedKeyUsage) || alternativeKeyUsage.equals(extendedKeyUsage);
    }

    /** Whether an extended key usage OID is one of the DCC's, of any type. */
    static boolean isDccKeyUsage(String extendedKeyUsage) {
        for (CertificateType type : values()) {
            if (type.isAllowedBy(extendedKeyUsage)) {
                return true;
            }
        }
        return false;
    }
}
