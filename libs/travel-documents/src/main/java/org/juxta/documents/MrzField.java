package org.juxta.documents;

/** The fields of an MRZ a finding can concern, with a stable identifier for APIs and a label for people. */
public enum MrzField {

    DOCUMENT_CODE("documentCode", "document code"), ISSUING_STATE("issuingState", "issuing state"), NAME("name",
            "name"), DOCUMENT_NUMBER("documentNumber", "document number"), NATIONALITY("nationality",
                    "nationality"), DATE_OF_BIRTH("dateOfBirth",
                            "date of birth"), SEX("sex", "sex"), DATE_OF_EXPIRY("dateOfExpiry", "date of expiry"),
    /** TD3: the personal number; TD1: line 1, columns 16–30; TD2 and visas: the end of line 2. */
    OPTIONAL_DATA("optionalData", "optional data"),
    /** TD1 only: line 2, columns 19–29. */
    OPTIONAL_DATA_2("optionalData2", "second optional data"), COMPOSITE("composite", "composite check digit"),
    /** A whole line rather than one field (its length, its normalisation). */
    LINE("line", "line");

    private final String id;
    private final String label;

    MrzField(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The camel-case name APIs use, e.g. {@code dateOfBirth}. */
    public String id() {
        return id;
    }

    /** The name an officer reads in a message, e.g. {@code date of birth}. */
    public String label() {
        return label;
    }
}
