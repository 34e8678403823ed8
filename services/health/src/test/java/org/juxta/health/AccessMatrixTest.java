package org.juxta.health;

import java.util.Map;

import org.juxta.health.testing.ServiceTest;
import org.juxta.health.testing.TestEvents;
import org.juxta.health.testing.TestIcvp;
import org.juxta.health.testing.TestIhr;
import org.juxta.health.testing.TestSigners;
import org.juxta.testsupport.conformance.AccessMatrixConformance;

/**
 * Every operation of contracts/health.yaml × every caller of the realm × own or foreign state, with an event
 * of MNG in force now, so that its health officers read it too, and an IHR assessment and
 * a notification to WHO of MNG.
 */
@ServiceTest
class AccessMatrixTest extends AccessMatrixConformance {

    @Override
    protected Map<String, String> records() {
        return Map.of("eventId", TestEvents.declaredByMng(), "assessmentId", TestIhr.assessedByMng(), "notificationId",
                TestIhr.notificationOfMng(), "signerId", TestSigners.trustedByMng(), "icvpId",
                TestIcvp.recordedByMng());
    }
}
