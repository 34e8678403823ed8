package org.juxta.health;

import org.juxta.testsupport.conformance.ServiceBoundaryConformance;

/** No service class of health returns an entity. */
class ServiceBoundaryTest extends ServiceBoundaryConformance {
}
