package org.juxta.health.certificate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.health.api.model.CertificateSigner;
import org.juxta.health.api.model.CertificateSignerRevocation;
import org.juxta.health.api.model.CertificateSignerStatus;
import org.juxta.health.api.model.NewCertificateSigner;
import org.juxta.health.certificate.SignerCertificates.SignerCertificate;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.paging.Page;
import org.juxta.shared.paging.PagePosition;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.InvalidContentException;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;
import org.juxta.vocabulary.CountryCodes;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the trust list of the caller's state: its health supervisors add document signer certificates and revoke
 * them; revoked ones are kept. Signers are issuing authorities, not persons, so reads are not audited (as public-health
 * events).
 */
@ApplicationScoped
public class CertificateSignerService {

    static final String RECORD_TYPE = "certificate signer";

    private final CertificateSignerRepository signers;
    private final CurrentCaller caller;
    private final Clock clock;

    CertificateSignerService(CertificateSignerRepository signers, CurrentCaller caller, Clock clock) {
        this.signers = signers;
        this.caller = caller;
        this.clock = clock;
    }

    /** Trusts a signer; its key id already in the trust list, trusted or revoked, is a conflict. */
    @WithTransaction
    @StateScoped
    public Uni<CertificateSigner> add(NewCertificateSigner request) {
        String country = request.getCountry();
        boolean countryKnown = CountryCodes.toIsoAlpha3(country).filter(country::equals).isPresent();
        SignerCertificate read;
        try {
            read = SignerCertificates.read(request.getCertificate(), request.getKeyId());
        } catch (InvalidContentException e) {
            if (!countryKnown) {
                throw new InvalidContentException(concat(e.errors(), countryError()));
            }
            throw e;
        }
        if (!countryKnown) {
            throw new InvalidContentException(List.of(countryError()));
        }
        Caller who = caller.get();
        Instant now = now();
        String keyId = read.keyId().toBase64();
        return signers.raiseRevision(who.state())
                .chain(() -> signers.findByKeyId(keyId))
                .chain(existing -> {
                    if (existing != null) {
                        throw new ConflictException(existing.revoked()
                                ? "Key id %s was revoked on %s (signer %s); a revoked key is not trusted again."
                                        .formatted(keyId, existing.revokedAt, existing.id)
                                : "Key id %s is already trusted (signer %s).".formatted(keyId, existing.id));
                    }
                    CertificateSignerEntity signer = new CertificateSignerEntity();
                    signer.id = UuidV7.next();
                    signer.state = who.state();
                    signer.keyId = keyId;
                    signer.country = country;
                    signer.subject = read.certificate().getSubjectX500Principal().getName();
                    signer.keyAlgorithm = read.keyAlgorithm();
                    signer.validFrom = read.certificate().getNotBefore().toInstant();
                    signer.validUntil = read.certificate().getNotAfter().toInstant();
                    signer.certificate = read.der();
                    signer.addedAt = now;
                    signer.addedBy = who.username();
                    return signers.persist(signer);
                })
                .map(SignerMapping::toApi);
    }

    /** Revokes a signer, kept with the reason; one already revoked is a conflict. */
    @WithTransaction
    @StateScoped
    public Uni<CertificateSigner> revoke(UUID id, CertificateSignerRevocation revocation) {
        Caller who = caller.get();
        Instant now = now();
        return signers.raiseRevision(who.state())
                .chain(() -> signers.findForUpdate(id))
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id))
                .map(signer -> {
                    if (signer.revoked()) {
                        throw new ConflictException("The signer was revoked on %s by %s; a revocation is not undone."
                                .formatted(signer.revokedAt, signer.revokedBy));
                    }
                    signer.revokedAt = now;
                    signer.revokedBy = who.username();
                    signer.revocationReason = revocation.getReason();
                    return SignerMapping.toApi(signer);
                });
    }

    @WithTransaction
    @StateScoped
    public Uni<CertificateSigner> get(UUID id) {
        return signers.findById(id)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id))
                .map(SignerMapping::toApi);
    }

    /** Signers of the caller's state, newest first. */
    @WithTransaction
    @StateScoped
    public Uni<Page<CertificateSigner>> list(CertificateSignerStatus status, String country, PagePosition after,
            int limit) {
        Boolean revoked = status == null ? null : status == CertificateSignerStatus.REVOKED;
        return signers.page(revoked, country, after, Page.rowsToFetch(limit))
                .map(fetched -> Page.of(fetched, limit, signer -> new PagePosition(signer.addedAt, signer.id))
                        .map(SignerMapping::toApi));
    }

    private static FieldError countryError() {
        return new FieldError("country", "is not an ISO 3166-1 alpha-3 country code");
    }

    private static List<FieldError> concat(List<FieldError> errors, FieldError more) {
        return java.util.stream.Stream.concat(errors.stream(), java.util.stream.Stream.of(more)).toList();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
