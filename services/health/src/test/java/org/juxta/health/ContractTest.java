package org.juxta.health;

import org.juxta.health.testing.ServiceTest;
import org.juxta.testsupport.conformance.ContractConformance;

/** What health serves is contracts/health.yaml, its operations routed and protected as it says. */
@ServiceTest
class ContractTest extends ContractConformance {
}
