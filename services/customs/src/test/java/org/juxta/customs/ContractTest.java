package org.juxta.customs;

import org.juxta.customs.testing.ServiceTest;
import org.juxta.testsupport.conformance.ContractConformance;

/** What customs serves is contracts/customs.yaml, its operations routed and protected as it says. */
@ServiceTest
class ContractTest extends ContractConformance {
}
