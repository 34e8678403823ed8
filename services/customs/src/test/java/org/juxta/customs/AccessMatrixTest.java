package org.juxta.customs;

import java.util.Map;

import org.juxta.customs.testing.ServiceTest;
import org.juxta.customs.testing.TestDeclarations;
import org.juxta.testsupport.TestUsers;
import org.juxta.testsupport.conformance.AccessMatrixConformance;

/**
 * Every operation of contracts/customs.yaml × every caller of the realm × own or foreign state × own or
 * another declarant: the records are lodged by one broker, so the other broker of the same state is
 * told they do not exist.
 */
@ServiceTest
class AccessMatrixTest extends AccessMatrixConformance {

    @Override
    protected Map<String, String> records() {
        return Map.of("declarationId", TestDeclarations.lodgedByAltai());
    }

    @Override
    protected String recordDeclarant() {
        return TestUsers.MNG_BROKER_ALTAI_DECLARANT;
    }
}
