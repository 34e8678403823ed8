package org.juxta.health.event;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.juxta.health.api.model.AffectedArea;
import org.juxta.health.api.model.CaseDefinition;
import org.juxta.health.api.model.DiseaseCode;
import org.juxta.health.api.model.IcdRevision;
import org.juxta.health.api.model.NewPublicHealthEvent;
import org.juxta.health.api.model.Screening;
import org.juxta.health.api.model.SecondaryAssessmentCriteria;
import org.juxta.shared.validation.Violations;
import org.juxta.vocabulary.CountryCodes;

/**
 * What a public-health event must satisfy beyond its schema before it is stored: a disease code of the form
 * of its ICD revision, countries ISO 3166-1 assigns (each once) with subdivisions of those countries, a
 * validity that ends after it starts, and screening criteria that can be applied. Every violation is
 * collected, so a supervisor fixes a refused event in one go.
 */
final class EventRules {

    /** ICD-10: a letter, two digits, and an optional subdivision after a dot (A98.4, U07.1). */
    private static final Pattern ICD_10 = Pattern.compile("[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?");
    /**
     * ICD-11 stem codes: a chapter character, a letter, a digit, a letter or digit (I and O are never used, so that
     * they are not read as 1 and 0), and an optional extension after a dot (1D6Y, 1E70, RA01.0).
     */
    private static final Pattern ICD_11 = Pattern.compile(
            "[0-9A-HJ-NP-Z][A-HJ-NP-Z][0-9][0-9A-HJ-NP-Z](\\.[0-9A-HJ-NP-Z]{1,4})?");
    /** ISO 3166-1 alpha-3 to alpha-2: the prefix of the country's ISO 3166-2 subdivision codes. */
    private static final Map<String, String> ALPHA_2 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)
            .stream()
            .collect(Collectors.toUnmodifiableMap(alpha2 -> new Locale.Builder().setRegion(alpha2).build()
                    .getISO3Country(), Function.identity(), (first, second) -> first));

    private EventRules() {
    }

    /**
     * Checks an event as given; throws {@link org.juxta.shared.problem.InvalidContentException} listing every problem.
     */
    static void check(NewPublicHealthEvent event, String at) {
        Violations violations = new Violations();
        DiseaseCode code = event.getDisease().getCode();
        if (code != null) {
            Pattern form = code.getRevision() == IcdRevision.ICD_10 ? ICD_10 : ICD_11;
            violations.require(form.matcher(code.getCode()).matches(), at + "disease.code.code",
                    "is not of the form of an " + code.getRevision() + " code");
        }
        CaseDefinition definition = event.getCaseDefinition();
        violations.require(definition.getMinimumSymptoms() <= definition.getSymptoms().size(),
                at + "caseDefinition.minimumSymptoms", "is more than the symptoms listed");
        checkAreas(event.getAffectedAreas(), at, violations);
        violations.require(event.getValidTo() == null || event.getValidTo().isAfter(event.getValidFrom()),
                at + "validTo", "must be after validFrom");
        checkScreening(event.getScreening(), at + "screening.", violations);
        violations.throwIfAny();
    }

    private static void checkAreas(List<AffectedArea> areas, String at, Violations violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < areas.size(); i++) {
            AffectedArea area = areas.get(i);
            String field = at + "affectedAreas[" + i + "]";
            String country = area.getCountry();
            boolean iso = CountryCodes.toIsoAlpha3(country).filter(country::equals).isPresent();
            violations.require(iso, field + ".country", "is not an ISO 3166-1 alpha-3 country code");
            violations.require(seen.add(country), field + ".country", country + " is listed twice");
            if (iso && area.getSubdivisions() != null) {
                String prefix = ALPHA_2.get(country) + "-";
                for (String subdivision : area.getSubdivisions()) {
                    violations.require(subdivision.startsWith(prefix), field + ".subdivisions",
                            subdivision + " is not a subdivision of " + country + " (its codes start with " + prefix
                                    + ")");
                }
            }
        }
    }

    private static void checkScreening(Screening screening, String at, Violations violations) {
        boolean checked = screening.getTemperatureCheck();
        violations.require(!checked || screening.getTemperatureThresholdCelsius() != null,
                at + "temperatureThresholdCelsius", "is required with a temperature check");
        violations.require(checked || screening.getTemperatureThresholdCelsius() == null,
                at + "temperatureThresholdCelsius", "is only given with a temperature check");
        SecondaryAssessmentCriteria criteria = screening.getSecondaryAssessment();
        boolean byTemperature = Boolean.TRUE.equals(criteria.getTemperatureAtOrAboveThreshold());
        boolean bySymptoms = criteria.getSymptoms() != null && !criteria.getSymptoms().isEmpty();
        boolean byExposure = criteria.getExposures() != null && !criteria.getExposures().isEmpty();
        violations.require(byTemperature || bySymptoms || byExposure, at + "secondaryAssessment",
                "must name at least one condition: temperatureAtOrAboveThreshold, symptoms or exposures");
        violations.require(!byTemperature || checked, at + "secondaryAssessment.temperatureAtOrAboveThreshold",
                "needs a temperature check");
        violations.require(!bySymptoms || criteria.getMinimumSymptoms() <= criteria.getSymptoms().size(),
                at + "secondaryAssessment.minimumSymptoms", "is more than the symptoms listed");
    }
}
