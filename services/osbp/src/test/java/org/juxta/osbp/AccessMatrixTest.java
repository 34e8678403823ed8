package org.juxta.osbp;

import java.util.Map;

import org.juxta.osbp.testing.ServiceTest;
import org.juxta.testsupport.conformance.AccessMatrixConformance;

/**
 * Every operation of contracts/osbp.yaml × every caller of the realm × own or foreign state. The facility
 * is shared by both states by design, so no operation names a record of one state yet.
 */
@ServiceTest
class AccessMatrixTest extends AccessMatrixConformance {

    @Override
    protected Map<String, String> records() {
        return Map.of();
    }
}
