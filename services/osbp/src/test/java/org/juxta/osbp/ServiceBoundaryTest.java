package org.juxta.osbp;

import org.juxta.testsupport.conformance.ServiceBoundaryConformance;

/** No service class of the OSBP service returns an entity. */
class ServiceBoundaryTest extends ServiceBoundaryConformance {
}
