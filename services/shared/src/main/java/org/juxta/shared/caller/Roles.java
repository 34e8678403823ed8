package org.juxta.shared.caller;

/** The realm roles of keycloak-realm/juxta-realm.json that services check. */
public final class Roles {

    public static final String IMMIGRATION_OFFICER = "immigration-officer";
    public static final String IMMIGRATION_SUPERVISOR = "immigration-supervisor";
    public static final String CUSTOMS_OFFICER = "customs-officer";
    public static final String CUSTOMS_SUPERVISOR = "customs-supervisor";
    public static final String CUSTOMS_TARIFF_MANAGER = "customs-tariff-manager";
    public static final String HEALTH_OFFICER = "health-officer";
    public static final String HEALTH_SUPERVISOR = "health-supervisor";
    public static final String IHR_FOCAL_POINT = "ihr-focal-point";
    /** A traveller-facing system's machine client: submits health declarations and reads back its own only. */
    public static final String HEALTH_DECLARANT = "health-declarant";
    public static final String OSBP_COORDINATOR = "osbp-coordinator";
    public static final String LIAISON_OFFICER = "liaison-officer";
    /** An agency's system that takes part in cross-border liaison for it: manages its webhook for notices. */
    public static final String LIAISON_SYSTEM = "liaison-system";
    public static final String ANALYST = "analyst";
    public static final String AUDITOR = "auditor";
    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String CARRIER = "carrier";
    public static final String DECLARANT = "declarant";
    /** A one-stop border post's machine client: reads its state's agencies' clearance outcomes, nothing else. */
    public static final String PASSAGE_RELAY = "passage-relay";
    /** The purpose every agency's service audits a passage relay's reads under, so auditors find them alike. */
    public static final String PASSAGE_RELAY_PURPOSE = "OSBP passage relay";

    private Roles() {
    }
}
