package org.juxta.osbp.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.juxta.testsupport.PlatformTestResource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A Quarkus test of this service against the real platform ./juxta test prepares: its PostgreSQL test
 * database and Keycloak. Every test class that carries it shares one running application (the same
 * test resources), so that the module's tests start the service once. Each service declares it in its
 * own tests: Quarkus 3.34 makes a test class a bean only if its {@code @QuarkusTest} stereotype is
 * in the module's test classes (quarkusio/quarkus#56133).
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ServiceTest {
}
