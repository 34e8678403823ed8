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
 * <p>
 * {@code noticeId} and {@code attachmentId} are left out (random UUIDs: every caller with a role gets 404, never
 * 401/403 or 5xx): a liaison notice is not a record of a state but of its sender and recipients, agencies of
 * both states. The matrix's rule, every caller of the record's state reads it and every caller of the other
 * state gets 404, cannot hold for it: an MNG customs notice to CHN customs is 404 for MNG immigration and 200
 * for CHN customs. NoticeTest and RowLevelSecurityTest prove who sees a notice instead, through the API and in
 * PostgreSQL.
 */
@ServiceTest
class AccessMatrixTest extends AccessMatrixConformance {

    @Override
    protected Map<String, String> records() {
        return Map.of();
    }
}
