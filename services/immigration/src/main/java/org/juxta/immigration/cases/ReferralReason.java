package org.juxta.immigration.cases;

/** Why a traveller was referred to secondary inspection. */
public enum ReferralReason {
    ALERT_HIT, DOCUMENT_CHECK, OFFICER_DECISION
}
