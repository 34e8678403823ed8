package org.juxta.customs;

import org.juxta.testsupport.conformance.ServiceBoundaryConformance;

/** No customs service returns an entity. */
class ServiceBoundaryTest extends ServiceBoundaryConformance {
}
