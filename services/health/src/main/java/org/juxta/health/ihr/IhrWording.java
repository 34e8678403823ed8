package org.juxta.health.ihr;

import java.time.LocalDate;

import org.juxta.health.api.model.Disease;
import org.juxta.health.api.model.DiseaseCode;

/** How the IHR texts (a notification's summary, an alert's) name a disease and the onset dates. */
final class IhrWording {

    private IhrWording() {
    }

    /** "Cholera (ICD-10 A00.1)", or the name alone without a code. */
    static String disease(Disease disease) {
        DiseaseCode code = disease.getCode();
        return code == null
                ? disease.getName()
                : disease.getName() + " (" + code.getRevision() + " " + code.getCode()
                        + ")";
    }

    /** "2026-12-01", or "2026-12-01 to 2026-12-06" for a cluster whose latest onset is later. */
    static String onset(LocalDate first, LocalDate last) {
        return last == null || last.equals(first) ? first.toString() : first + " to " + last;
    }

    /** "1 case", "12 cases". */
    static String counted(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
