package org.juxta.immigration;

import org.juxta.immigration.testing.ServiceTest;
import org.juxta.testsupport.conformance.ContractConformance;

/** What immigration serves is contracts/immigration.yaml, its operations routed and protected as it says. */
@ServiceTest
class ContractTest extends ContractConformance {
}
