package org.juxta.immigration;

import org.juxta.immigration.testing.ServiceTest;
import org.juxta.testsupport.conformance.HostileInputConformance;

/** Every operation of contracts/immigration.yaml refuses each value its contract rules out, with the right problem. */
@ServiceTest
class HostileInputTest extends HostileInputConformance {
}
