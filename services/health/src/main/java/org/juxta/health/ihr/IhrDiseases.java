package org.juxta.health.ihr;

import java.util.List;
import java.util.Map;

/**
 * The diseases the decision instrument of the International Health Regulations (2005), Annex 2 (WHO, third
 * edition, 2016), names, by their codes: the one place these lists are kept.
 * <ul>
 * <li>A single case of one of the diseases in the instrument's left-hand box is unusual or unexpected and may
 * have serious public-health impact: it is always notified.
 * <li>An event involving one of the diseases in its right-hand box (and those of special national or regional
 * concern the box names as examples) always leads to the algorithm: all four questions are answered.
 * </ul>
 * ICD-10 codes are those of the WHO ICD-10 (2019 edition); ICD-11 codes those of the ICD-11 for Mortality and
 * Morbidity Statistics (MMS). A listed code covers its subdivisions (A98 covers A98.4; 1D60 covers 1D60.0).
 * Influenza of a new subtype is ICD-10 J09 and ICD-11 1E31 (influenza due to an identified zoonotic or pandemic
 * virus), not 1E30, the seasonal one.
 * ICD-11 codes acute poliomyelitis as 1C81 without the virus's origin in the stem code: the whole of 1C81 is
 * notified, as a needless notification costs less than a missing one. West Nile fever and Rift Valley fever are
 * listed by their ICD-10 codes only, until their ICD-11 codes are checked against the MMS.
 */
final class IhrDiseases {

    /** Which of the instrument's lists a disease is on. */
    enum DiseaseList {
        /** Always notified, from a single case. */
        ALWAYS_NOTIFIABLE,
        /** Always assessed with all four questions of the algorithm. */
        ALWAYS_ASSESSED,
        /** Neither: any other event of potential international public-health concern. */
        OTHER
    }

    static final String ICD_10 = "ICD-10";
    static final String ICD_11 = "ICD-11";

    /** A disease of the instrument with its codes in each revision. */
    record Listed(String name, List<String> icd10, List<String> icd11) {
    }

    static final List<Listed> ALWAYS_NOTIFIABLE = List.of(
            new Listed("Smallpox", List.of("B03"), List.of("1E70")),
            new Listed("Poliomyelitis due to wild-type poliovirus", List.of("A80.1", "A80.2"), List.of("1C81")),
            new Listed("Human influenza caused by a new subtype", List.of("J09"), List.of("1E31")),
            new Listed("Severe acute respiratory syndrome (SARS)", List.of("U04"), List.of("1D65")));

    static final List<Listed> ALWAYS_ASSESSED = List.of(
            new Listed("Cholera", List.of("A00"), List.of("1A00")),
            new Listed("Pneumonic plague", List.of("A20.2"), List.of("1B93")),
            new Listed("Yellow fever", List.of("A95"), List.of("1D47")),
            new Listed("Ebola virus disease", List.of("A98.4"), List.of("1D60.0")),
            new Listed("Marburg virus disease", List.of("A98.3"), List.of("1D60.1")),
            new Listed("Lassa fever", List.of("A96.2"), List.of("1D61.2")),
            new Listed("West Nile fever", List.of("A92.3"), List.of()),
            new Listed("Dengue", List.of("A90", "A91", "A97"), List.of("1D20", "1D21", "1D22", "1D2Z")),
            new Listed("Rift Valley fever", List.of("A92.4"), List.of()),
            new Listed("Meningococcal disease", List.of("A39"), List.of("1C1C")));

    private static final Map<DiseaseList, List<Listed>> LISTS = Map.of(DiseaseList.ALWAYS_NOTIFIABLE,
            ALWAYS_NOTIFIABLE, DiseaseList.ALWAYS_ASSESSED, ALWAYS_ASSESSED);

    private IhrDiseases() {
    }

    /** The list the disease of this code is on; {@code revision} is "ICD-10" or "ICD-11", a null code is OTHER. */
    static DiseaseList listOf(String revision, String code) {
        return find(revision, code, DiseaseList.ALWAYS_NOTIFIABLE) != null
                ? DiseaseList.ALWAYS_NOTIFIABLE
                : find(revision, code, DiseaseList.ALWAYS_ASSESSED) != null
                        ? DiseaseList.ALWAYS_ASSESSED
                        : DiseaseList.OTHER;
    }

    /** The name the instrument gives the disease of this code, if it names it. */
    static String nameOf(String revision, String code) {
        Listed listed = find(revision, code, DiseaseList.ALWAYS_NOTIFIABLE);
        if (listed == null) {
            listed = find(revision, code, DiseaseList.ALWAYS_ASSESSED);
        }
        return listed != null ? listed.name() : null;
    }

    private static Listed find(String revision, String code, DiseaseList list) {
        if (code == null) {
            return null;
        }
        for (Listed listed : LISTS.get(list)) {
            List<String> codes = ICD_11.equals(revision)
                    ? listed.icd11()
                    : ICD_10.equals(revision)
                            ? listed.icd10()
                            : List.of();
            if (codes.stream().anyMatch(prefix -> code.equals(prefix) || code.startsWith(prefix + "."))) {
                return listed;
            }
        }
        return null;
    }
}
