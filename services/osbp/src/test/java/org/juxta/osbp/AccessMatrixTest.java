package org.juxta.osbp;

import java.util.Map;

import org.juxta.osbp.testing.ServiceTest;
import org.juxta.testsupport.conformance.AccessMatrixConformance;

/**
 * Every operation of contracts/osbp.yaml × every caller of the realm × own or foreign state. The matrix
 * expects a record of MNG's read as CHN to be 404; the facility and passages are shared by both states by
 * design (a passage from MNG to CHN is read by both its parties), so no record of them is named here: their
 * operations are called with ids that exist nowhere (404 for everyone with a role), and what each state may
 * see and do of a passage is tested in PassageTest and RowLevelSecurityTest.
 */
@ServiceTest
class AccessMatrixTest extends AccessMatrixConformance {

    @Override
    protected Map<String, String> records() {
        return Map.of();
    }
}
