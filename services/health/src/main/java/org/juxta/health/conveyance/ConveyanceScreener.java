package org.juxta.health.conveyance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.juxta.health.api.model.CaseDefinition;
import org.juxta.health.api.model.ConveyanceCriterion;
import org.juxta.health.api.model.ConveyanceDeparture;
import org.juxta.health.api.model.ConveyanceEventScreening;
import org.juxta.health.api.model.ConveyanceFiredCriterion;
import org.juxta.health.api.model.ConveyancePath;
import org.juxta.health.api.model.ConveyanceScreeningResult;
import org.juxta.health.api.model.DeathOnBoard;
import org.juxta.health.api.model.DeclaredSymptom;
import org.juxta.health.api.model.IllPerson;
import org.juxta.health.api.model.NewConveyanceDeclaration;
import org.juxta.health.api.model.NewPublicHealthEvent;
import org.juxta.health.api.model.PlaceOfCall;
import org.juxta.health.api.model.SymptomCode;
import org.juxta.health.screening.EventInForce;
import org.juxta.health.screening.IncubationWindow;
import org.juxta.health.screening.Places;

/**
 * Screens a conveyance declaration against the public-health events in force on its arrival date: pure, so that
 * every rule is tested without a database. An event applies to a conveyance that called in one of its affected
 * areas within its incubation window (the last departure, or a place of call whose stay overlaps the window), or
 * that carries an ill person with enough of its case definition's symptoms with an onset in the window. Whatever
 * the events, ill persons, deaths on board and a suspected case declared call for an inspection.
 * <p>
 * The path: FREE_PRATIQUE when nothing fired; HOLD_FOR_ASSESSMENT when a conveyance from an affected area
 * carries a suspected case (an ill person who meets the case definition, or a case the declarant suspects) or
 * had a death on board within the window; else INSPECTION. A place of call whose subdivision is not declared
 * counts as one in the affected subdivisions ({@link Places#affectedAreaMatch}).
 */
public final class ConveyanceScreener {

    private ConveyanceScreener() {
    }

    public static ConveyanceScreeningResult screen(NewConveyanceDeclaration declaration, List<EventInForce> events,
            OffsetDateTime screenedAt) {
        List<ConveyanceFiredCriterion> onBoard = onBoard(declaration);
        List<ConveyanceEventScreening> applying = events.stream()
                .map(event -> screen(declaration, event))
                .filter(Objects::nonNull)
                .toList();
        ConveyancePath path = Stream.concat(
                Stream.of(onBoard.isEmpty() ? ConveyancePath.FREE_PRATIQUE : ConveyancePath.INSPECTION),
                applying.stream().map(ConveyanceEventScreening::getRecommendedPath))
                .max(Comparator.naturalOrder())
                .orElseThrow();
        return new ConveyanceScreeningResult()
                .screenedAt(screenedAt)
                .eventsEvaluated(events.size())
                .recommendedPath(path)
                .onBoard(onBoard)
                .events(applying);
    }

    /** What the declaration itself calls for, whatever the events. */
    static List<ConveyanceFiredCriterion> onBoard(NewConveyanceDeclaration declaration) {
        List<ConveyanceFiredCriterion> fired = new ArrayList<>();
        int onBoard = declaration.getPersonsOnBoard().getCrew() + declaration.getPersonsOnBoard().getPassengers();
        int ill = declaration.getIllPersons().getCount();
        if (ill > 0) {
            fired.add(criterion(ConveyanceCriterion.ILL_PERSONS_ON_BOARD, "illPersons",
                    ill + " of the " + onBoard + " persons on board ill"));
        }
        int deaths = declaration.getDeaths().getCount();
        if (deaths > 0) {
            fired.add(criterion(ConveyanceCriterion.DEATH_ON_BOARD, "deaths",
                    deaths + (deaths == 1 ? " death" : " deaths") + " on board"));
        }
        if (Boolean.TRUE.equals(declaration.getInfectiousDiseaseSuspected())) {
            fired.add(criterion(ConveyanceCriterion.INFECTIOUS_DISEASE_SUSPECTED, "infectiousDiseaseSuspected",
                    "the declarant suspects a case of infectious disease on board"));
        }
        return fired;
    }

    /** What the event finds in the declaration, or null when it does not apply to the conveyance. */
    static ConveyanceEventScreening screen(NewConveyanceDeclaration declaration, EventInForce inForce) {
        NewPublicHealthEvent event = inForce.event();
        LocalDate arrival = declaration.getArrival().getDate();
        IncubationWindow window = IncubationWindow.before(arrival, event.getIncubationDays());
        String withinWindow = ", within the " + event.getIncubationDays() + " days before arrival on " + arrival;
        List<ConveyanceFiredCriterion> fired = new ArrayList<>();

        ConveyanceDeparture departure = declaration.getLastDeparture();
        String departedFrom = window.contains(departure.getDate())
                ? Places.affectedAreaMatch(event.getAffectedAreas(), departure.getCountry(), departure.getSubdivision())
                : null;
        if (departedFrom != null) {
            fired.add(criterion(ConveyanceCriterion.CALLED_IN_AFFECTED_AREA, "lastDeparture", "departed from "
                    + Places.name(departure.getCountry(), departure.getSubdivision()) + " on " + departure.getDate()
                    + withinWindow + departedFrom));
        }
        List<PlaceOfCall> calls = listOf(declaration.getPlacesOfCall());
        for (int i = 0; i < calls.size(); i++) {
            PlaceOfCall call = calls.get(i);
            String match = window.overlaps(call.getFrom(), call.getTo())
                    ? Places.affectedAreaMatch(event.getAffectedAreas(), call.getCountry(), call.getSubdivision())
                    : null;
            if (match != null) {
                fired.add(criterion(ConveyanceCriterion.CALLED_IN_AFFECTED_AREA, "placesOfCall[" + i + "]",
                        "called at " + Places.name(call.getCountry(), call.getSubdivision()) + " from "
                                + call.getFrom() + " to " + call.getTo() + withinWindow + match));
            }
        }
        boolean fromAffectedArea = !fired.isEmpty();

        CaseDefinition definition = event.getCaseDefinition();
        Set<SymptomCode> caseSymptoms = definition.getSymptoms();
        int minimum = Objects.requireNonNullElse(definition.getMinimumSymptoms(), 1);
        boolean suspectedCase = false;
        List<IllPerson> ill = listOf(declaration.getIllPersons().getPersons());
        for (int p = 0; p < ill.size(); p++) {
            List<DeclaredSymptom> held = ill.get(p).getSymptoms().stream()
                    .filter(symptom -> caseSymptoms.contains(symptom.getSymptom()))
                    .filter(symptom -> window.contains(symptom.getOnset()))
                    .toList();
            if (held.size() >= minimum) {
                suspectedCase = true;
                fired.add(criterion(ConveyanceCriterion.ILL_PERSON_MEETS_CASE_DEFINITION,
                        "illPersons.persons[" + p + "]", ill.get(p).getRole() + " with "
                                + held.stream().map(symptom -> symptom.getSymptom() + " since " + symptom.getOnset())
                                        .collect(Collectors.joining(", "))
                                + ": " + held.size() + " of the case definition's symptoms (at least " + minimum
                                + " needed)"));
            }
        }
        if (!fromAffectedArea && !suspectedCase) {
            return null;
        }

        boolean deathInWindow = false;
        if (fromAffectedArea) {
            List<DeathOnBoard> deaths = listOf(declaration.getDeaths().getPersons());
            for (int d = 0; d < deaths.size(); d++) {
                if (window.contains(deaths.get(d).getDate())) {
                    deathInWindow = true;
                    fired.add(criterion(ConveyanceCriterion.DEATH_ON_BOARD, "deaths.persons[" + d + "]",
                            deaths.get(d).getRole() + " died on " + deaths.get(d).getDate() + withinWindow));
                }
            }
            int undated = declaration.getDeaths().getCount() - deaths.size();
            if (undated > 0) {
                // A death whose day is not given may be within the window: a missed case costs more than a hold.
                deathInWindow = true;
                fired.add(criterion(ConveyanceCriterion.DEATH_ON_BOARD, "deaths",
                        undated + (undated == 1 ? " death" : " deaths") + " on board, the day not given"));
            }
            if (Boolean.TRUE.equals(declaration.getInfectiousDiseaseSuspected())) {
                suspectedCase = true;
                fired.add(criterion(ConveyanceCriterion.INFECTIOUS_DISEASE_SUSPECTED, "infectiousDiseaseSuspected",
                        "a case of infectious disease suspected on board a conveyance from an affected area"));
            }
        }

        return new ConveyanceEventScreening()
                .eventId(inForce.id())
                .eventVersion(inForce.version())
                .disease(event.getDisease().getName())
                .recommendedPath(fromAffectedArea && (suspectedCase || deathInWindow)
                        ? ConveyancePath.HOLD_FOR_ASSESSMENT
                        : ConveyancePath.INSPECTION)
                .criteria(fired);
    }

    private static ConveyanceFiredCriterion criterion(ConveyanceCriterion criterion, String item,
            String explanation) {
        return new ConveyanceFiredCriterion().criterion(criterion).item(item).explanation(explanation);
    }

    private static <T> List<T> listOf(List<T> list) {
        return list != null ? list : List.of();
    }
}
