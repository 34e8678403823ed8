package org.juxta.health.certificate.icvp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.juxta.health.api.model.IcvpCertificate;
import org.juxta.health.api.model.IcvpHolder;
import org.juxta.health.api.model.IcvpTravelDocument;
import org.juxta.health.api.model.IcvpVaccine;
import org.juxta.health.api.model.IcvpValidity;
import org.juxta.health.api.model.IcvpValidityStatus;
import org.juxta.health.api.model.NewIcvpCertificate;
import org.juxta.shared.caller.Caller;

/** Between the API's yellow-fever certificates and the stored ones. */
final class IcvpMapping {

    private IcvpMapping() {
    }

    static IcvpCertificateEntity toEntity(NewIcvpCertificate certificate, Caller who, Instant now) {
        IcvpCertificateEntity entity = new IcvpCertificateEntity();
        entity.state = who.state();
        entity.post = who.post();
        IcvpHolder holder = certificate.getHolder();
        entity.familyName = holder.getFamilyName();
        entity.givenNames = holder.getGivenNames();
        entity.dateOfBirth = holder.getDateOfBirth();
        entity.documentNumber = holder.getTravelDocument().getNumber();
        entity.documentIssuingState = holder.getTravelDocument().getIssuingState();
        entity.vaccineProduct = certificate.getVaccine().getProductName();
        entity.vaccineManufacturer = certificate.getVaccine().getManufacturer();
        entity.vaccineBatch = certificate.getVaccine().getBatch();
        entity.vaccinatedOn = certificate.getVaccinatedOn();
        entity.certificateNumber = certificate.getCertificateNumber();
        entity.issuingCentre = certificate.getIssuingCentre();
        entity.issuingCountry = certificate.getIssuingCountry();
        entity.clinician = certificate.getClinician();
        entity.recordedAt = now;
        entity.recordedBy = who.username();
        return entity;
    }

    /** The certificate with its validity on {@code day}. */
    static IcvpCertificate toApi(IcvpCertificateEntity entity, LocalDate day) {
        YellowFeverValidity validity = YellowFeverValidity.ofVaccinationOn(entity.vaccinatedOn);
        return new IcvpCertificate()
                .id(entity.id)
                .holder(new IcvpHolder()
                        .familyName(entity.familyName)
                        .givenNames(entity.givenNames)
                        .dateOfBirth(entity.dateOfBirth)
                        .travelDocument(new IcvpTravelDocument()
                                .number(entity.documentNumber)
                                .issuingState(entity.documentIssuingState)))
                .vaccine(new IcvpVaccine()
                        .productName(entity.vaccineProduct)
                        .manufacturer(entity.vaccineManufacturer)
                        .batch(entity.vaccineBatch))
                .vaccinatedOn(entity.vaccinatedOn)
                .certificateNumber(entity.certificateNumber)
                .issuingCentre(entity.issuingCentre)
                .issuingCountry(entity.issuingCountry)
                .clinician(entity.clinician)
                .validity(new IcvpValidity()
                        .at(day)
                        .status(IcvpValidityStatus.fromValue(validity.statusOn(day).name()))
                        .validFrom(validity.validFrom()))
                .recordedAt(entity.recordedAt.atOffset(ZoneOffset.UTC))
                .recordedBy(entity.recordedBy)
                .post(entity.post);
    }
}
