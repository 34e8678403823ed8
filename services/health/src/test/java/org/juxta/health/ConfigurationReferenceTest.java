package org.juxta.health;

import org.juxta.testsupport.conformance.ConfigurationReferenceConformance;

/** Every setting this service and its kernel read is in docs/operations.md, with its default. */
class ConfigurationReferenceTest extends ConfigurationReferenceConformance {
}
