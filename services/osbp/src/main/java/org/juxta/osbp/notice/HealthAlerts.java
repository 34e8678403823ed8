package org.juxta.osbp.notice;

import java.util.Set;

import org.juxta.osbp.api.model.Agency;
import org.juxta.osbp.api.model.CaseReference;
import org.juxta.osbp.api.model.NewNotice;
import org.juxta.osbp.api.model.NoticePriority;
import org.juxta.osbp.api.model.NoticeType;

import io.vertx.core.json.JsonObject;

/**
 * A state's cross-border health alert (contracts/health.yaml HealthAlert: no personal data) as the liaison notice
 * that delivers it to the other state's health agency.
 */
final class HealthAlerts {

    /** The agency whose alerts these are, and whose counterpart receives them. */
    static final String AGENCY = "health";
    private static final int TITLE_LENGTH = 200;

    private HealthAlerts() {
    }

    static NewNotice notice(JsonObject alert, String otherState) {
        JsonObject disease = alert.getJsonObject("disease");
        String title = "Health alert (IHR) from " + alert.getString("state") + ": " + disease.getString("name")
                + " at " + alert.getString("post");
        StringBuilder text = new StringBuilder(alert.getString("summary"))
                .append("\n\nCases: ").append(alert.getInteger("cases"))
                .append("; deaths: ").append(alert.getInteger("deaths"))
                .append("; first onset ").append(alert.getString("firstOnsetDate"));
        if (alert.getString("lastOnsetDate") != null) {
            text.append(", last onset ").append(alert.getString("lastOnsetDate"));
        }
        text.append(".\nPrepared ").append(alert.getString("preparedAt")).append(" (")
                .append("NOTIFICATION_SENT".equals(alert.getString("cause"))
                        ? "the event was notified to WHO"
                        : "at the National IHR Focal Point's request")
                .append("); the alert in the sender's health service: ").append(alert.getString("id")).append('.');
        return new NewNotice()
                .type(NoticeType.HEALTH_ALERT)
                .priority(NoticePriority.URGENT)
                // The health service writes its alerts' summaries in English.
                .language("en")
                .title(title.length() > TITLE_LENGTH ? title.substring(0, TITLE_LENGTH - 1) + "…" : title)
                .text(text.toString())
                .caseReference(new CaseReference().agency(Agency.HEALTH).id(alert.getString("id")))
                .recipients(Set.of(otherState + ":" + AGENCY));
    }
}
