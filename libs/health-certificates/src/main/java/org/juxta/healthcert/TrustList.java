package org.juxta.healthcert;

import java.security.PublicKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The signing keys whose health certificates are accepted, by key id, and the key ids revoked. A revoked key id stays
 * known as revoked, so a certificate signed with it is told apart from one signed with a key never trusted, and the key
 * cannot be added back by mistake.
 * <p>
 * Safe for use by many threads: verifications read it without locking while keys are added and revoked.
 */
public final class TrustList {

    /**
     * A trusted signing key.
     *
     * @param certificate
     *            the signing certificate (DSC) it came with, if it came with one
     * @param allowedTypes
     *            what it may sign: all types unless its certificate's extended key usage names some of the DCC's
     */
    public record TrustedKey(KeyId keyId, PublicKey publicKey, Optional<X509Certificate> certificate,
            Set<CertificateType> allowedTypes) {

        public TrustedKey {
            Objects.requireNonNull(keyId, "keyId");
            Objects.requireNonNull(publicKey, "publicKey");
            Objects.requireNonNull(certificate, "certificate");
            allowedTypes = Set.copyOf(allowedTypes);
        }
    }

    private final ConcurrentMap<KeyId, TrustedKey> trusted = new ConcurrentHashMap<>();
    private final Set<KeyId> revoked = ConcurrentHashMap.newKeySet();

    /**
     * Trusts a signing certificate under the key id the DCC derives from it.
     *
     * @return that key id
     * @throws IllegalArgumentException
     *             if its key is neither EC nor RSA, its key id was revoked or names another key
     */
    public KeyId add(X509Certificate certificate) {
        KeyId keyId = KeyId.of(certificate);
        add(keyId, certificate);
        return keyId;
    }

    /**
     * Trusts a signing certificate under a key id given by the trust list it comes from.
     *
     * @throws IllegalArgumentException
     *             if its key is neither EC nor RSA, {@code keyId} was revoked or names another key
     */
    public void add(KeyId keyId, X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        put(new TrustedKey(keyId, checked(certificate.getPublicKey()), Optional.of(certificate),
                allowedTypes(certificate)));
    }

    /**
     * Trusts a bare public key, allowed to sign every type.
     *
     * @throws IllegalArgumentException
     *             if it is neither EC nor RSA, {@code keyId} was revoked or names another key
     */
    public void add(KeyId keyId, PublicKey publicKey) {
        put(new TrustedKey(keyId, checked(publicKey), Optional.empty(), EnumSet.allOf(CertificateType.class)));
    }

    /**
     * Revokes a key id: certificates it signed are refused from now on, and it cannot be added again.
     *
     * @return whether it was trusted until now
     */
    public synchronized boolean revoke(KeyId keyId) {
        Objects.requireNonNull(keyId, "keyId");
        revoked.add(keyId);
        return trusted.remove(keyId) != null;
    }

    public Optional<TrustedKey> find(KeyId keyId) {
        return Optional.ofNullable(trusted.get(keyId));
    }

    public boolean isRevoked(KeyId keyId) {
        return revoked.contains(keyId);
    }

    /** How many keys are trusted (the revoked not counted). */
    public int size() {
        return trusted.size();
    }

    // Synchronised with revoke, so that a key revoked while it is being added does not end up trusted.
    private synchronized void put(TrustedKey key) {
        if (revoked.contains(key.keyId())) {
            throw new IllegalArgumentException("key id %s was revoked".formatted(key.keyId()));
        }
        TrustedKey known = trusted.get(key.keyId());
        if (known != null && !known.publicKey().equals(key.publicKey())) {
            throw new IllegalArgumentException("key id %s already names another key".formatted(key.keyId()));
        }
        trusted.put(key.keyId(), key);
    }

    private static PublicKey checked(PublicKey key) {
        Objects.requireNonNull(key, "publicKey");
        // The DCC's keys are EC P-256 for ES256; Spain's test data signs ES256 with a P-384 key, which verifies as
        // well, so any curve is taken.
        if (!(key instanceof ECPublicKey) && !(key instanceof RSAPublicKey)) {
            throw new IllegalArgumentException(("a key of type %s cannot sign a DCC: it is signed with ES256 (EC) or"
                    + " PS256 (RSA)").formatted(key.getAlgorithm()));
        }
        return key;
    }

    private static Set<CertificateType> allowedTypes(X509Certificate certificate) {
        List<String> usages;
        try {
            usages = certificate.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            throw new IllegalArgumentException("extended key usage unreadable: " + e.getMessage(), e);
        }
        // The DCC specification lets a signing certificate without any of its key usages sign every type.
        if (usages == null || usages.stream().noneMatch(CertificateType::isDccKeyUsage)) {
            return EnumSet.allOf(CertificateType.class);
        }
        Set<CertificateType> allowed = EnumSet.noneOf(CertificateType.class);
        for (CertificateType type : CertificateType.values()) {
            if (usages.stream().anyMatch(type::isAllowedBy)) {
                allowed.add(type);
            }
        }
        return allowed;
    }
}
