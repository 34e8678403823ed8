package org.juxta.osbp;

import org.juxta.osbp.testing.ServiceTest;
import org.juxta.testsupport.conformance.ContractConformance;

/** What the OSBP service serves is contracts/osbp.yaml, its operations routed and protected as it says. */
@ServiceTest
class ContractTest extends ContractConformance {
}
