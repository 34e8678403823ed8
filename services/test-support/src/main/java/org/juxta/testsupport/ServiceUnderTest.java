package org.juxta.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/** The service whose module's tests are running: {@code juxta.service.name} of its application.properties. */
public final class ServiceUnderTest {

    private static volatile String name;

    private ServiceUnderTest() {
    }

    public static String name() {
        if (name == null) {
            name = read();
        }
        return name;
    }

    private static String read() {
        Properties properties = new Properties();
        try (InputStream own = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("application.properties")) {
            if (own == null) {
                throw new IllegalStateException("the module under test has no application.properties");
            }
            properties.load(own);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Objects.requireNonNull(properties.getProperty("juxta.service.name"),
                "juxta.service.name is not set in the module's application.properties");
    }
}
