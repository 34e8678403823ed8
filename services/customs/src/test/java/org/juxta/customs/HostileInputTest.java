package org.juxta.customs;

import org.juxta.customs.testing.ServiceTest;
import org.juxta.testsupport.conformance.HostileInputConformance;

/** Every operation of contracts/customs.yaml refuses each value its contract rules out, with the right problem. */
@ServiceTest
class HostileInputTest extends HostileInputConformance {
}
