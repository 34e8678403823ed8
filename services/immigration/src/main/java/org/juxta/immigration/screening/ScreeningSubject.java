package org.juxta.immigration.screening;

import java.util.List;
import java.util.UUID;

import org.juxta.immigration.crossing.CrossingEntity;
import org.juxta.immigration.manifest.ManifestTravellerEntity;

/**
 * Who is screened against the alert lists: the traveller of a crossing, or an advance passenger of a
 * manifest, with every document they showed or the carrier gave.
 *
 * @param crossingId
 *            the crossing, or null for an advance passenger
 * @param manifestId
 *            the manifest, or null for a crossing
 * @param manifestTravellerId
 *            the advance passenger, or null for a crossing
 */
public record ScreeningSubject(String state, String post, UUID crossingId, UUID manifestId, UUID manifestTravellerId,
        List<Document> documents, Person person) {

    /** A document; the type is null when it is not known, the issuing state when the carrier gave none. */
    record Document(String type, String number, String issuingState) {
    }

    /** The person; date of birth known in part or not at all, nationality when known. */
    record Person(String surname, String givenNames, Integer birthYear, Integer birthMonth, Integer birthDay,
            String nationality) {

        /** Whether there is a name to screen: a carrier's list may have a traveller with none. */
        boolean named() {
            return surname != null && !surname.isBlank() || givenNames != null && !givenNames.isBlank();
        }
    }

    public static ScreeningSubject of(CrossingEntity crossing) {
        return new ScreeningSubject(crossing.state, crossing.post, crossing.id, null, null,
                List.of(new Document(crossing.document.type.name(), crossing.document.number,
                        crossing.document.issuingState)),
                new Person(crossing.traveller.surname, crossing.traveller.givenNames,
                        crossing.traveller.dateOfBirth.getYear(),
                        crossing.traveller.dateOfBirth.getMonthValue(), crossing.traveller.dateOfBirth.getDayOfMonth(),
                        crossing.traveller.nationality));
    }

    public static ScreeningSubject of(ManifestTravellerEntity traveller, String post) {
        return new ScreeningSubject(traveller.state, post, null, traveller.manifestId, traveller.id,
                traveller.documents.documents().stream()
                        .map(document -> new Document(document.type(), document.number(), document.issuingState()))
                        .toList(),
                new Person(traveller.surname, traveller.givenNames, traveller.birthYear, traveller.birthMonth,
                        traveller.birthDay, traveller.nationality));
    }
}
