package org.juxta.health.conveyance;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.juxta.health.api.model.ConveyanceDeparture;
import org.juxta.health.api.model.DeathOnBoard;
import org.juxta.health.api.model.DeclaredSymptom;
import org.juxta.health.api.model.IllPerson;
import org.juxta.health.api.model.NewConveyanceDeclaration;
import org.juxta.health.api.model.PersonOnBoardRole;
import org.juxta.health.api.model.PlaceOfCall;
import org.juxta.health.api.model.SanitaryMeasureTaken;
import org.juxta.health.screening.Places;
import org.juxta.shared.validation.Violations;

/**
 * What a conveyance health declaration must satisfy beyond its schema: countries ISO 3166-1 assigns and
 * subdivisions of their country; an arrival near today; a last departure and places of call within the 30 days
 * before the arrival, none after it; no more ill persons or deaths than persons on board, nor fewer than are
 * listed (the crew and passengers listed no more than on board); symptoms each once with an onset, deaths and
 * measures on days that have happened. Every violation is collected, so that a refused declaration is fixed in
 * one go.
 */
final class ConveyanceRules {

    /** How far ahead a declaration may be submitted, and how late one may be recorded. */
    static final int ARRIVAL_DAYS_AROUND_TODAY = 30;
    /** The places of call a declaration names: those of the 30 days before arrival (IHR Annexes 8 and 9). */
    static final int CALLS_DAYS_BEFORE_ARRIVAL = 30;
    /** The longest incubation window an event may have: older onsets and deaths matter to no screening. */
    static final int LONGEST_INCUBATION_DAYS = 365;

    private ConveyanceRules() {
    }

    /** Checks a declaration as given on {@code today}; throws a 422 listing every problem. */
    static void check(NewConveyanceDeclaration declaration, LocalDate today) {
        Violations violations = new Violations();
        LocalDate arrival = declaration.getArrival().getDate();
        violations.require(!arrival.isAfter(today.plusDays(ARRIVAL_DAYS_AROUND_TODAY))
                && !arrival.isBefore(today.minusDays(ARRIVAL_DAYS_AROUND_TODAY)), "arrival.date",
                "must be within " + ARRIVAL_DAYS_AROUND_TODAY + " days of today");
        String registryState = declaration.getIdentification().getRegistryState();
        if (registryState != null) {
            Places.country(registryState, "identification.registryState", violations);
        }
        LocalDate firstCallDay = arrival.minusDays(CALLS_DAYS_BEFORE_ARRIVAL);

        ConveyanceDeparture departure = declaration.getLastDeparture();
        Places.check(departure.getCountry(), departure.getSubdivision(), "lastDeparture", violations);
        calledOn(departure.getDate(), "lastDeparture.date", firstCallDay, arrival, today, violations);

        List<PlaceOfCall> calls = listOf(declaration.getPlacesOfCall());
        for (int i = 0; i < calls.size(); i++) {
            PlaceOfCall call = calls.get(i);
            String at = "placesOfCall[" + i + "]";
            Places.check(call.getCountry(), call.getSubdivision(), at, violations);
            violations.require(!call.getFrom().isAfter(today), at + ".from", "is in the future");
            violations.require(!call.getFrom().isAfter(departure.getDate()), at + ".from",
                    "is after the last departure");
            calledOn(call.getTo(), at + ".to", firstCallDay, arrival, today, violations);
            violations.require(!call.getTo().isBefore(call.getFrom()), at + ".to", "is before from");
        }

        int onBoard = declaration.getPersonsOnBoard().getCrew() + declaration.getPersonsOnBoard().getPassengers();
        List<IllPerson> ill = listOf(declaration.getIllPersons().getPersons());
        counted(declaration.getIllPersons().getCount(), ill.size(), onBoard, "illPersons", "ill persons",
                violations);
        listedByRole(ill.stream().map(IllPerson::getRole).toList(), declaration, "illPersons.persons", violations);
        LocalDate oldestOnset = arrival.minusDays(LONGEST_INCUBATION_DAYS);
        for (int p = 0; p < ill.size(); p++) {
            Set<Object> seen = new HashSet<>();
            List<DeclaredSymptom> symptoms = ill.get(p).getSymptoms();
            for (int s = 0; s < symptoms.size(); s++) {
                DeclaredSymptom symptom = symptoms.get(s);
                String at = "illPersons.persons[" + p + "].symptoms[" + s + "]";
                violations.require(seen.add(symptom.getSymptom()), at + ".symptom",
                        symptom.getSymptom() + " is listed twice");
                violations.require(!symptom.getOnset().isAfter(today), at + ".onset", "is in the future");
                violations.require(!symptom.getOnset().isBefore(oldestOnset), at + ".onset",
                        "is more than " + LONGEST_INCUBATION_DAYS + " days before the arrival");
            }
        }

        List<DeathOnBoard> deaths = listOf(declaration.getDeaths().getPersons());
        counted(declaration.getDeaths().getCount(), deaths.size(), onBoard, "deaths", "deaths", violations);
        listedByRole(deaths.stream().map(DeathOnBoard::getRole).toList(), declaration, "deaths.persons",
                violations);
        for (int d = 0; d < deaths.size(); d++) {
            happenedBy(deaths.get(d).getDate(), "deaths.persons[" + d + "].date", arrival, today, violations);
        }

        List<SanitaryMeasureTaken> measures = listOf(declaration.getSanitaryMeasures());
        for (int m = 0; m < measures.size(); m++) {
            happenedBy(measures.get(m).getDate(), "sanitaryMeasures[" + m + "].date", arrival, today, violations);
        }
        violations.throwIfAny();
    }

    /** A day of the journey: not in the future, not after the arrival, within the days whose calls are declared. */
    private static void calledOn(LocalDate day, String at, LocalDate firstCallDay, LocalDate arrival, LocalDate today,
            Violations violations) {
        happenedBy(day, at, arrival, today, violations);
        violations.require(!day.isBefore(firstCallDay), at,
                "is more than " + CALLS_DAYS_BEFORE_ARRIVAL + " days before the arrival");
    }

    private static void happenedBy(LocalDate day, String at, LocalDate arrival, LocalDate today,
            Violations violations) {
        violations.require(!day.isAfter(today), at, "is in the future");
        violations.require(!day.isAfter(arrival), at, "is after the arrival");
    }

    /** A count of persons: no more than are on board, no fewer than are listed. */
    private static void counted(int count, int listed, int onBoard, String at, String what, Violations violations) {
        violations.require(count <= onBoard, at + ".count",
                count + " " + what + " are more than the " + onBoard + " persons on board");
        violations.require(listed <= count, at + ".persons", listed + " " + what + " are listed but the count is "
                + count);
    }

    /** Listed persons of the crew, and passengers, no more than are on board. */
    private static void listedByRole(List<PersonOnBoardRole> roles, NewConveyanceDeclaration declaration, String at,
            Violations violations) {
        long crew = roles.stream().filter(role -> role == PersonOnBoardRole.CREW).count();
        long passengers = roles.size() - crew;
        violations.require(crew <= declaration.getPersonsOnBoard().getCrew(), at,
                crew + " of the crew are listed, more than the crew on board");
        violations.require(passengers <= declaration.getPersonsOnBoard().getPassengers(), at,
                passengers + " passengers are listed, more than the passengers on board");
    }

    private static <T> List<T> listOf(List<T> list) {
        return list != null ? list : List.of();
    }
}
