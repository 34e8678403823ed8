package org.juxta.health.screening;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.juxta.health.api.model.CaseDefinition;
import org.juxta.health.api.model.DeclaredExposure;
import org.juxta.health.api.model.DeclaredSymptom;
import org.juxta.health.api.model.EventScreening;
import org.juxta.health.api.model.ExposureKind;
import org.juxta.health.api.model.FiredCriterion;
import org.juxta.health.api.model.NewHealthDeclaration;
import org.juxta.health.api.model.NewPublicHealthEvent;
import org.juxta.health.api.model.ScreeningCriterion;
import org.juxta.health.api.model.ScreeningPath;
import org.juxta.health.api.model.ScreeningResult;
import org.juxta.health.api.model.SecondaryAssessmentCriteria;
import org.juxta.health.api.model.SymptomCode;
import org.juxta.health.api.model.Visit;

/**
 * Screens a health declaration against the public-health events in force on its arrival date: pure, so that
 * every rule is tested without a database. An event applies to a traveller who stayed in one of its affected
 * areas, or who declares one of its exposures, within its incubation window (the {@code incubationDays} days
 * before the arrival date, both ends included). For an event that applies it recommends a secondary assessment
 * when the case definition holds (enough of its symptoms with an onset in the window, and one of its exposures
 * when it lists any, else the stay) or a condition of the event's secondary assessment holds; each criterion
 * that fired is listed with the declaration's item it matched, so an officer sees why.
 * <p>
 * A stay in an affected country whose subdivision is not declared counts as a stay in the affected
 * subdivisions ({@link Places#affectedAreaMatch}): the traveller may have been there.
 */
public final class Screener {

    private Screener() {
    }

    public static ScreeningResult screen(NewHealthDeclaration declaration, List<EventInForce> events,
            OffsetDateTime screenedAt) {
        List<EventScreening> applying = new ArrayList<>();
        for (EventInForce event : events) {
            EventScreening found = screen(declaration, event);
            if (found != null) {
                applying.add(found);
            }
        }
        boolean secondary = applying.stream()
                .anyMatch(found -> found.getRecommendedPath() == ScreeningPath.SECONDARY_ASSESSMENT);
        return new ScreeningResult()
                .screenedAt(screenedAt)
                .eventsEvaluated(events.size())
                .recommendedPath(secondary ? ScreeningPath.SECONDARY_ASSESSMENT : ScreeningPath.CLEARED)
                .temperatureCheckRequired(applying.stream().anyMatch(EventScreening::getTemperatureCheckRequired))
                .events(applying);
    }

    /** What the event finds in the declaration, or null when it does not apply to the traveller. */
    static EventScreening screen(NewHealthDeclaration declaration, EventInForce inForce) {
        NewPublicHealthEvent event = inForce.event();
        LocalDate arrival = declaration.getArrival().getDate();
        IncubationWindow window = IncubationWindow.before(arrival, event.getIncubationDays());
        List<FiredCriterion> fired = new ArrayList<>();

        boolean visited = false;
        List<Visit> itinerary = listOf(declaration.getItinerary());
        for (int i = 0; i < itinerary.size(); i++) {
            Visit visit = itinerary.get(i);
            if (!window.overlaps(visit.getFrom(), visit.getTo())) {
                continue;
            }
            String match = Places.affectedAreaMatch(event.getAffectedAreas(), visit.getCountry(),
                    visit.getSubdivision());
            if (match != null) {
                visited = true;
                fired.add(criterion(ScreeningCriterion.AFFECTED_AREA_VISITED, "itinerary[" + i + "]",
                        Places.name(visit.getCountry(), visit.getSubdivision()) + " from " + visit.getFrom() + " to "
                                + visit.getTo() + ", within the "
                                + event.getIncubationDays() + " days before arrival on " + arrival + match));
            }
        }

        CaseDefinition definition = event.getCaseDefinition();
        Set<ExposureKind> caseExposures = setOf(definition.getExposures());
        SecondaryAssessmentCriteria secondaryCriteria = event.getScreening().getSecondaryAssessment();
        Set<ExposureKind> secondaryExposures = setOf(secondaryCriteria.getExposures());

        boolean caseExposure = visited && caseExposures.contains(ExposureKind.STAY_IN_AFFECTED_AREA);
        boolean secondaryExposure = visited && secondaryExposures.contains(ExposureKind.STAY_IN_AFFECTED_AREA);
        List<DeclaredExposure> exposures = listOf(declaration.getExposures());
        for (int k = 0; k < exposures.size(); k++) {
            DeclaredExposure exposure = exposures.get(k);
            if (!window.contains(exposure.getDate())) {
                continue;
            }
            String item = "exposures[" + k + "]";
            String what = exposure.getExposure() + " on " + exposure.getDate() + ", within the "
                    + event.getIncubationDays() + " days before arrival";
            if (caseExposures.contains(exposure.getExposure())) {
                caseExposure = true;
                fired.add(criterion(ScreeningCriterion.CASE_DEFINITION_EXPOSURE, item, what));
            }
            if (secondaryExposures.contains(exposure.getExposure())) {
                secondaryExposure = true;
                fired.add(criterion(ScreeningCriterion.SECONDARY_ASSESSMENT_EXPOSURE, item, what));
            }
        }
        if (!visited && !caseExposure && !secondaryExposure) {
            return null;
        }

        Set<SymptomCode> caseSymptoms = setOf(definition.getSymptoms());
        Set<SymptomCode> secondarySymptoms = setOf(secondaryCriteria.getSymptoms());
        List<SymptomCode> caseHeld = new ArrayList<>();
        List<SymptomCode> secondaryHeld = new ArrayList<>();
        List<DeclaredSymptom> symptoms = listOf(declaration.getSymptoms());
        for (int j = 0; j < symptoms.size(); j++) {
            DeclaredSymptom symptom = symptoms.get(j);
            if (!window.contains(symptom.getOnset())) {
                continue;
            }
            if (caseSymptoms.contains(symptom.getSymptom())) {
                caseHeld.add(symptom.getSymptom());
                fired.add(criterion(ScreeningCriterion.CASE_DEFINITION_SYMPTOM, "symptoms[" + j + "]",
                        symptom.getSymptom() + " since " + symptom.getOnset() + ", a symptom of the case definition"));
            }
            if (secondarySymptoms.contains(symptom.getSymptom())) {
                secondaryHeld.add(symptom.getSymptom());
            }
        }

        int caseMinimum = Objects.requireNonNullElse(definition.getMinimumSymptoms(), 1);
        boolean epidemiologicalLink = caseExposures.isEmpty() ? visited : caseExposure;
        boolean suspected = caseHeld.size() >= caseMinimum && epidemiologicalLink;
        if (suspected) {
            fired.add(criterion(ScreeningCriterion.SUSPECTED_CASE, null,
                    caseHeld.size() + " of the case definition's symptoms (at least " + caseMinimum + " needed) with "
                            + (caseExposures.isEmpty() ? "a stay in an affected area" : "one of its exposures")));
        }
        int secondaryMinimum = Objects.requireNonNullElse(secondaryCriteria.getMinimumSymptoms(), 1);
        boolean bySymptoms = !secondarySymptoms.isEmpty() && secondaryHeld.size() >= secondaryMinimum;
        if (bySymptoms) {
            fired.add(criterion(ScreeningCriterion.SECONDARY_ASSESSMENT_SYMPTOMS, null,
                    secondaryHeld.size() + " of the secondary assessment's symptoms (at least "
                            + secondaryMinimum + " needed)"));
        }
        if (secondaryExposure && visited && secondaryExposures.contains(ExposureKind.STAY_IN_AFFECTED_AREA)) {
            fired.add(criterion(ScreeningCriterion.SECONDARY_ASSESSMENT_EXPOSURE, null,
                    "a stay in an affected area, which the secondary assessment names"));
        }

        boolean temperatureCheck = Boolean.TRUE.equals(event.getScreening().getTemperatureCheck());
        return new EventScreening()
                .eventId(inForce.id())
                .eventVersion(inForce.version())
                .disease(event.getDisease().getName())
                .recommendedPath(suspected || bySymptoms || secondaryExposure
                        ? ScreeningPath.SECONDARY_ASSESSMENT
                        : ScreeningPath.CLEARED)
                .temperatureCheckRequired(temperatureCheck)
                .temperatureThresholdCelsius(
                        temperatureCheck ? event.getScreening().getTemperatureThresholdCelsius() : null)
                .criteria(fired);
    }

    private static FiredCriterion criterion(ScreeningCriterion criterion, String item, String explanation) {
        return new FiredCriterion().criterion(criterion).item(item).explanation(explanation);
    }

    private static <T> List<T> listOf(List<T> list) {
        return list != null ? list : List.of();
    }

    private static <T> Set<T> setOf(Set<T> set) {
        return set != null ? set : Set.of();
    }

}
