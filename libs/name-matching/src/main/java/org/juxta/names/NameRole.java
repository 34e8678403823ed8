package org.juxta.names;

/** What a token of a person's name is, as far as the source says. */
public enum NameRole {

    /** Family name, or patronymic used as one (Mongolian passports). */
    SURNAME("surname"),
    /** Given names, including middle names and Arabic father's and grandfather's names. */
    GIVEN("given name"),
    /** A full name whose order the source does not say. */
    UNSPECIFIED("name");

    private final String label;

    NameRole(String label) {
        this.label = label;
    }

    /** How an officer reads the role, e.g. {@code given name}. */
    public String label() {
        return label;
    }
}
