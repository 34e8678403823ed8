package org.juxta.health.declaration;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.juxta.health.api.model.DeclaredExposure;
import org.juxta.health.api.model.DeclaredSymptom;
import org.juxta.health.api.model.NewHealthDeclaration;
import org.juxta.health.api.model.TracingContact;
import org.juxta.health.api.model.Vaccination;
import org.juxta.health.api.model.Visit;
import org.juxta.health.screening.Places;
import org.juxta.shared.validation.Violations;

/**
 * What a health declaration must satisfy beyond its schema: countries ISO 3166-1 assigns, subdivisions of
 * their country, dates that have happened (not in the future, not before birth), stays that end after they
 * begin and before the arrival, an arrival near today, and a way to reach the traveller. Every violation is
 * collected, so that the traveller or officer fixes a refused declaration in one go.
 */
final class DeclarationRules {

    /** How far ahead a declaration may be submitted, and how late one may be recorded. */
    static final int ARRIVAL_DAYS_AROUND_TODAY = 30;
    /** The longest incubation window an event may have: older stays matter to no screening. */
    static final int LONGEST_INCUBATION_DAYS = 365;
    static final int OLDEST_AGE_YEARS = 130;

    private DeclarationRules() {
    }

    /** Checks a declaration as given on {@code today}; throws a 422 listing every problem. */
    static void check(NewHealthDeclaration declaration, LocalDate today) {
        Violations violations = new Violations();
        LocalDate birth = declaration.getTraveller().getDateOfBirth();
        violations.require(!birth.isAfter(today), "traveller.dateOfBirth", "is in the future");
        violations.require(!birth.isBefore(today.minusYears(OLDEST_AGE_YEARS)), "traveller.dateOfBirth",
                "is more than " + OLDEST_AGE_YEARS + " years ago");
        Places.country(declaration.getTraveller().getNationality(), "traveller.nationality", violations);
        Places.country(declaration.getDocument().getIssuingState(), "document.issuingState", violations);

        LocalDate arrival = declaration.getArrival().getDate();
        violations.require(!arrival.isAfter(today.plusDays(ARRIVAL_DAYS_AROUND_TODAY))
                && !arrival.isBefore(today.minusDays(ARRIVAL_DAYS_AROUND_TODAY)), "arrival.date",
                "must be within " + ARRIVAL_DAYS_AROUND_TODAY + " days of today");

        List<Visit> itinerary = declaration.getItinerary();
        for (int i = 0; i < itinerary.size(); i++) {
            visit(itinerary.get(i), "itinerary[" + i + "]", birth, arrival, today, violations);
        }
        Set<Object> seen = new HashSet<>();
        List<DeclaredSymptom> symptoms = listOf(declaration.getSymptoms());
        for (int j = 0; j < symptoms.size(); j++) {
            DeclaredSymptom symptom = symptoms.get(j);
            String at = "symptoms[" + j + "]";
            violations.require(seen.add(symptom.getSymptom()), at + ".symptom",
                    symptom.getSymptom() + " is listed twice");
            happened(symptom.getOnset(), at + ".onset", birth, today, violations);
        }
        List<DeclaredExposure> exposures = listOf(declaration.getExposures());
        for (int k = 0; k < exposures.size(); k++) {
            happened(exposures.get(k).getDate(), "exposures[" + k + "].date", birth, today, violations);
        }
        List<Vaccination> vaccinations = listOf(declaration.getVaccinations());
        for (int v = 0; v < vaccinations.size(); v++) {
            happened(vaccinations.get(v).getDate(), "vaccinations[" + v + "].date", birth, today, violations);
        }
        TracingContact contact = declaration.getContact();
        violations.require(contact.getPhone() != null || contact.getEmail() != null, "contact",
                "needs a phone number or an e-mail address");
        violations.throwIfAny();
    }

    private static void visit(Visit visit, String at, LocalDate birth, LocalDate arrival, LocalDate today,
            Violations violations) {
        Places.check(visit.getCountry(), visit.getSubdivision(), at, violations);
        happened(visit.getFrom(), at + ".from", birth, today, violations);
        happened(visit.getTo(), at + ".to", birth, today, violations);
        violations.require(!visit.getTo().isBefore(visit.getFrom()), at + ".to", "is before from");
        violations.require(!visit.getTo().isAfter(arrival), at + ".to", "is after the arrival");
        violations.require(!visit.getFrom().isBefore(arrival.minusDays(LONGEST_INCUBATION_DAYS)), at + ".from",
                "is more than " + LONGEST_INCUBATION_DAYS + " days before the arrival");
    }

    /** A date that must have happened in the traveller's life: not in the future, not before birth. */
    private static void happened(LocalDate date, String at, LocalDate birth, LocalDate today, Violations violations) {
        violations.require(!date.isAfter(today), at, "is in the future");
        violations.require(!date.isBefore(birth), at, "is before the traveller's birth");
    }

    private static <T> List<T> listOf(List<T> list) {
        return list != null ? list : List.of();
    }
}
