package org.juxta.health;

import org.juxta.health.testing.ServiceTest;
import org.juxta.testsupport.conformance.HostileInputConformance;

/** Every operation of contracts/health.yaml refuses each value its contract rules out, with the right problem. */
@ServiceTest
class HostileInputTest extends HostileInputConformance {
}
