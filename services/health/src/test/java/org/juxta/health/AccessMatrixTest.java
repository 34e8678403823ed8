package org.juxta.health;

import java.util.Map;
import java.util.UUID;

import org.juxta.health.testing.ServiceTest;
import org.juxta.health.testing.TestConveyances;
import org.juxta.health.testing.TestDeclarations;
import org.juxta.health.testing.TestEvents;
import org.juxta.health.testing.TestIcvp;
import org.juxta.health.testing.TestIhr;
import org.juxta.health.testing.TestSigners;
import org.juxta.testsupport.TestUsers;
import org.juxta.testsupport.conformance.AccessMatrixConformance;

/**
 * Every operation of contracts/health.yaml × every caller of the realm × own or foreign state, with an event
 * of MNG in force now, so that its health officers read it too, an IHR assessment and a notification to WHO
 * of MNG, a trusted signer and a yellow-fever certificate of MNG, and a health declaration that MNG's
 * traveller-facing app submitted for an immigration crossing, so that it reads it back too and the post's
 * agencies read the crossing's health clearance, and a conveyance declaration that the same declarant submitted.
 */
@ServiceTest
class AccessMatrixTest extends AccessMatrixConformance {

    /** The records' declaration is MNG's traveller-facing app's, which alone of the apps reads it. */
    @Override
    protected String recordDeclarant() {
        return TestUsers.MNG_HEALTH_DECLARATION_APP_DECLARANT;
    }

    @Override
    protected Map<String, String> records() {
        String crossingId = UUID.randomUUID().toString();
        return Map.of("eventId", TestEvents.declaredByMng(), "assessmentId", TestIhr.assessedByMng(), "notificationId",
                TestIhr.notificationOfMng(), "signerId", TestSigners.trustedByMng(), "icvpId",
                TestIcvp.recordedByMng(), "declarationId",
                TestDeclarations.submittedByMngApp(TestDeclarations.forCrossing(crossingId)), "crossingId", crossingId,
                "conveyanceId", TestConveyances.submittedByMngApp());
    }
}
