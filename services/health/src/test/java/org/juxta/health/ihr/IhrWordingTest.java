package org.juxta.health.ihr;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.juxta.health.api.model.Disease;
import org.juxta.health.api.model.DiseaseCode;
import org.juxta.health.api.model.IcdRevision;

import static org.assertj.core.api.Assertions.assertThat;

class IhrWordingTest {

    @Test
    void aDiseaseIsNamedWithItsCodeWhenItHasOne() {
        assertThat(IhrWording.disease(new Disease().name("Cholera")
                .code(new DiseaseCode().revision(IcdRevision.ICD_10).code("A00.1"))))
                .isEqualTo("Cholera (ICD-10 A00.1)");
        assertThat(IhrWording.disease(new Disease().name("Fever of unknown origin")))
                .isEqualTo("Fever of unknown origin");
    }

    @Test
    void aClusterNamesItsFirstAndLatestOnset() {
        LocalDate first = LocalDate.of(2026, 12, 1);
        assertThat(IhrWording.onset(first, null)).isEqualTo("2026-12-01");
        assertThat(IhrWording.onset(first, first)).isEqualTo("2026-12-01");
        assertThat(IhrWording.onset(first, first.plusDays(5))).isEqualTo("2026-12-01 to 2026-12-06");
    }

    @Test
    void countsAreWordedInTheSingularForOne() {
        assertThat(IhrWording.counted(1, "case")).isEqualTo("1 case");
        assertThat(IhrWording.counted(0, "death")).isEqualTo("0 deaths");
        assertThat(IhrWording.counted(12, "case")).isEqualTo("12 cases");
    }
}
