package org.juxta.health.ihr;

import org.junit.jupiter.api.Test;
import org.juxta.health.ihr.IhrDiseases.DiseaseList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juxta.health.ihr.IhrDiseases.ICD_10;
import static org.juxta.health.ihr.IhrDiseases.ICD_11;

class IhrDiseasesTest {

    @Test
    void theDiseasesAlwaysNotifiedAreFoundByEitherRevision() {
        assertThat(IhrDiseases.listOf(ICD_10, "B03")).isEqualTo(DiseaseList.ALWAYS_NOTIFIABLE);
        assertThat(IhrDiseases.listOf(ICD_11, "1E70")).isEqualTo(DiseaseList.ALWAYS_NOTIFIABLE);
        assertThat(IhrDiseases.listOf(ICD_10, "J09")).isEqualTo(DiseaseList.ALWAYS_NOTIFIABLE);
        assertThat(IhrDiseases.listOf(ICD_11, "1E31")).isEqualTo(DiseaseList.ALWAYS_NOTIFIABLE);
        assertThat(IhrDiseases.listOf(ICD_10, "U04.9")).isEqualTo(DiseaseList.ALWAYS_NOTIFIABLE);
        assertThat(IhrDiseases.listOf(ICD_11, "1D65")).isEqualTo(DiseaseList.ALWAYS_NOTIFIABLE);
    }

    @Test
    void onlyWildPoliovirusIsAlwaysNotifiedByItsIcd10Code() {
        assertThat(IhrDiseases.listOf(ICD_10, "A80.1")).isEqualTo(DiseaseList.ALWAYS_NOTIFIABLE);
        assertThat(IhrDiseases.listOf(ICD_10, "A80.2")).isEqualTo(DiseaseList.ALWAYS_NOTIFIABLE);
        assertThat(IhrDiseases.listOf(ICD_10, "A80.0")).as("vaccine-associated").isEqualTo(DiseaseList.OTHER);
    }

    @Test
    void theDiseasesThatAlwaysLeadToTheAlgorithmAreFoundWithTheirSubdivisions() {
        assertThat(IhrDiseases.listOf(ICD_10, "A00.1")).isEqualTo(DiseaseList.ALWAYS_ASSESSED);
        assertThat(IhrDiseases.listOf(ICD_11, "1A00")).isEqualTo(DiseaseList.ALWAYS_ASSESSED);
        assertThat(IhrDiseases.listOf(ICD_10, "A20.2")).isEqualTo(DiseaseList.ALWAYS_ASSESSED);
        assertThat(IhrDiseases.listOf(ICD_10, "A98.4")).isEqualTo(DiseaseList.ALWAYS_ASSESSED);
        assertThat(IhrDiseases.listOf(ICD_11, "1D60.0")).isEqualTo(DiseaseList.ALWAYS_ASSESSED);
        assertThat(IhrDiseases.listOf(ICD_10, "A96.2")).isEqualTo(DiseaseList.ALWAYS_ASSESSED);
        assertThat(IhrDiseases.listOf(ICD_10, "A92.3")).isEqualTo(DiseaseList.ALWAYS_ASSESSED);
        assertThat(IhrDiseases.listOf(ICD_10, "A97.1")).isEqualTo(DiseaseList.ALWAYS_ASSESSED);
        assertThat(IhrDiseases.listOf(ICD_10, "A39.0")).isEqualTo(DiseaseList.ALWAYS_ASSESSED);
        assertThat(IhrDiseases.nameOf(ICD_10, "A98.3")).isEqualTo("Marburg virus disease");
    }

    @Test
    void aCodeIsMatchedByWholeCodesNotByItsFirstCharacters() {
        assertThat(IhrDiseases.listOf(ICD_10, "A20.0")).as("bubonic plague").isEqualTo(DiseaseList.OTHER);
        assertThat(IhrDiseases.listOf(ICD_10, "A001")).isEqualTo(DiseaseList.OTHER);
        assertThat(IhrDiseases.listOf(ICD_10, "B030")).isEqualTo(DiseaseList.OTHER);
    }

    @Test
    void seasonalInfluenzaIsNotANewSubtype() {
        assertThat(IhrDiseases.listOf(ICD_11, "1E30")).isEqualTo(DiseaseList.OTHER);
        assertThat(IhrDiseases.listOf(ICD_10, "J10.1")).isEqualTo(DiseaseList.OTHER);
    }

    @Test
    void aCodeIsReadInItsOwnRevisionOnly() {
        assertThat(IhrDiseases.listOf(ICD_11, "B03")).isEqualTo(DiseaseList.OTHER);
        assertThat(IhrDiseases.listOf(ICD_10, "1E70")).isEqualTo(DiseaseList.OTHER);
    }

    @Test
    void anEventWithoutACodeIsOnNoList() {
        assertThat(IhrDiseases.listOf(ICD_10, null)).isEqualTo(DiseaseList.OTHER);
        assertThat(IhrDiseases.nameOf(ICD_10, "U07.1")).isNull();
    }
}
