package org.juxta.immigration;

import org.juxta.testsupport.conformance.ServiceBoundaryConformance;

/** No immigration service returns an entity. */
class ServiceBoundaryTest extends ServiceBoundaryConformance {
}
