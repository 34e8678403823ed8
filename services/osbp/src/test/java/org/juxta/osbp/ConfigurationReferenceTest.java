package org.juxta.osbp;

import org.juxta.testsupport.conformance.ConfigurationReferenceConformance;

/** Every setting this service and its kernel read is in docs/operations.md, with its default. */
class ConfigurationReferenceTest extends ConfigurationReferenceConformance {
}
