package org.juxta.testsupport;

/**
 * Users and machine clients of the test realm (keycloak-realm/test-overlay.json, merged onto the
 * production realm by ./juxta). A user's password is their user name; a machine client's secret is its
 * id followed by {@code -secret}. Both exist for local use and tests only.
 */
public final class TestUsers {

    public static final String MNG_IMMIGRATION_OFFICER = "mng-immigration-officer";
    public static final String MNG_IMMIGRATION_SUPERVISOR = "mng-immigration-supervisor";
    public static final String MNG_CUSTOMS_OFFICER = "mng-customs-officer";
    public static final String MNG_CUSTOMS_SUPERVISOR = "mng-customs-supervisor";
    public static final String MNG_CUSTOMS_TARIFF_MANAGER = "mng-customs-tariff-manager";
    public static final String MNG_HEALTH_OFFICER = "mng-health-officer";
    public static final String MNG_HEALTH_SUPERVISOR = "mng-health-supervisor";
    public static final String MNG_IHR_FOCAL_POINT = "mng-ihr-focal-point";
    public static final String MNG_OSBP_COORDINATOR = "mng-osbp-coordinator";
    public static final String MNG_LIAISON_OFFICER = "mng-liaison-officer";
    public static final String MNG_ANALYST = "mng-analyst";
    public static final String MNG_AUDITOR = "mng-auditor";
    public static final String MNG_PLATFORM_ADMIN = "mng-platform-admin";
    public static final String CHN_IMMIGRATION_OFFICER = "chn-immigration-officer";
    public static final String CHN_IMMIGRATION_SUPERVISOR = "chn-immigration-supervisor";
    public static final String CHN_CUSTOMS_OFFICER = "chn-customs-officer";
    public static final String CHN_CUSTOMS_TARIFF_MANAGER = "chn-customs-tariff-manager";
    public static final String CHN_HEALTH_OFFICER = "chn-health-officer";
    public static final String CHN_HEALTH_SUPERVISOR = "chn-health-supervisor";
    public static final String CHN_IHR_FOCAL_POINT = "chn-ihr-focal-point";
    public static final String CHN_AUDITOR = "chn-auditor";
    public static final String CHN_OSBP_COORDINATOR = "chn-osbp-coordinator";
    public static final String CHN_LIAISON_OFFICER = "chn-liaison-officer";

    /** The MNG immigration agency's border control system (e-gates): client credentials. */
    public static final String MNG_BORDER_SYSTEM = "mng-border-system";
    /**
     * The CHN immigration agency's border control system: client credentials, also CHN immigration's liaison system.
     */
    public static final String CHN_BORDER_SYSTEM = "chn-border-system";
    /** The MNG customs agency's national system, whose tokens are for the customs and OSBP APIs only. */
    public static final String MNG_CUSTOMS_SYSTEM = "mng-customs-system";
    /** A customs broker of MNG lodging declarations as declarant {@value #MNG_BROKER_ALTAI_DECLARANT}. */
    public static final String MNG_BROKER_ALTAI = "mng-broker-altai";
    public static final String MNG_BROKER_ALTAI_DECLARANT = "MN4050012";
    /**
     * Another broker of MNG, declarant {@value #MNG_BROKER_TUMEN_DECLARANT}: it must never see Altai's declarations.
     */
    public static final String MNG_BROKER_TUMEN = "mng-broker-tumen";
    public static final String MNG_BROKER_TUMEN_DECLARANT = "MN5120733";
    /** A customs broker of CHN, declarant {@value #CHN_BROKER_ERLIAN_DECLARANT}. */
    public static final String CHN_BROKER_ERLIAN = "chn-broker-erlian";
    public static final String CHN_BROKER_ERLIAN_DECLARANT = "CN1101088";
    /** The MNG health agency's traveller health declaration app: submits declarations, reads back its own only. */
    public static final String MNG_HEALTH_DECLARATION_APP = "mng-health-declaration-app";
    /** The declarant identifier {@value #MNG_HEALTH_DECLARATION_APP} submits as. */
    public static final String MNG_HEALTH_DECLARATION_APP_DECLARANT = "MNHEALTH01";
    /** The CHN health agency's traveller health declaration app. */
    public static final String CHN_HEALTH_DECLARATION_APP = "chn-health-declaration-app";
    /** The MNG one-stop border post's relay: reads MNG's clearance outcomes feeds (role passage-relay). */
    public static final String MNG_OSBP_RELAY = "mng-osbp-relay";
    /** The CHN one-stop border post's relay: reads CHN's clearance outcomes feeds. */
    public static final String CHN_OSBP_RELAY = "chn-osbp-relay";
    /** A carrier's passenger-manifest feed. */
    public static final String CARRIER = "carrier-mongolian-airlines";

    /** The public client for local use and tests, the only one allowed the password grant. */
    public static final String CLI_CLIENT = "juxta-cli";

    private TestUsers() {
    }

    public static String secretOf(String clientId) {
        return clientId + "-secret";
    }
}
