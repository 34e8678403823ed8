package org.juxta.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
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

    /** Where the module's main classes are: where its application.properties was compiled to. */
    public static Path mainClasses() {
        try {
            return Path.of(ownProperties().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL ownProperties() {
        URL own = Thread.currentThread().getContextClassLoader().getResource("application.properties");
        if (own == null) {
            throw new IllegalStateException("the module under test has no application.properties");
        }
        return own;
    }

    private static String read() {
        Properties properties = new Properties();
        try (InputStream own = ownProperties().openStream()) {
            properties.load(own);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Objects.requireNonNull(properties.getProperty("juxta.service.name"),
                "juxta.service.name is not set in the module's application.properties");
    }
}
