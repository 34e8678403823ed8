package org.juxta.osbp;

import org.juxta.osbp.testing.ServiceTest;
import org.juxta.testsupport.conformance.HostileInputConformance;

/** Every operation of contracts/osbp.yaml refuses each value its contract rules out, with the right problem. */
@ServiceTest
class HostileInputTest extends HostileInputConformance {
}
