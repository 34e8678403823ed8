package org.juxta.testsupport.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.juxta.testsupport.RepositoryFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/operations.md's configuration reference names every Juxta setting a module reads, as the
 * environment variable an operator sets, with its default: each property of the {@code @ConfigMapping}
 * interfaces and each {@code juxta.*} key a {@code @Scheduled} expression reads, of the module and of the
 * kernel it runs with (its test classpath). A module runs it by extending this class in a plain test.
 */
public abstract class ConfigurationReferenceConformance {

    private static final String CONFIG_MAPPING = "io.smallrye.config.ConfigMapping";
    private static final String WITH_DEFAULT = "io.smallrye.config.WithDefault";
    private static final String WITH_NAME = "io.smallrye.config.WithName";
    private static final String SCHEDULED = "io.quarkus.scheduler.Scheduled";
    private static final Pattern CONFIG_EXPRESSION = Pattern.compile("\\$\\{(juxta\\.[a-z0-9.-]+)(?::([^}]*))?}");
    /** Stands for a map key in an environment variable, e.g. JUXTA_GATEWAY_ROUTES_IMMIGRATION_URL. */
    private static final String ANY_MAP_KEY = "[A-Z0-9_<>]+";

    /** One setting: its property key ({@code *} for a map key), its default if any, and who reads it. */
    record Setting(String key, String defaultValue, String readBy) {

        Pattern environmentVariable() {
            List<String> parts = new ArrayList<>();
            for (String part : key.split("\\*", -1)) {
                parts.add(Pattern.quote(part.toUpperCase().replaceAll("[^A-Z0-9]", "_")));
            }
            return Pattern.compile("`" + String.join(ANY_MAP_KEY, parts) + "`");
        }
    }

    @Test
    void everySettingIsInTheReferenceWithItsDefault() throws IOException {
        List<String> rows = Files.readAllLines(RepositoryFiles.find("docs/operations.md")).stream()
                .filter(line -> line.startsWith("|"))
                .toList();
        List<Setting> settings = settingsOnClasspath();
        assertThat(settings).as("settings found on the classpath").isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Setting setting : settings) {
            Pattern variable = setting.environmentVariable();
            Optional<String> row = rows.stream().filter(line -> variable.matcher(line).find()).findFirst();
            if (row.isEmpty()) {
                problems.add(setting.key() + " (read by " + setting.readBy() + ") has no row naming "
                        + variable.pattern().replace("\\Q", "").replace("\\E", "").replace(ANY_MAP_KEY, "<KEY>"));
            } else if (setting.defaultValue() != null && !row.get().contains("`" + setting.defaultValue() + "`")) {
                problems.add(setting.key() + " (read by " + setting.readBy() + "): its row does not give the default `"
                        + setting.defaultValue() + "`");
            }
        }
        assertThat(problems).as("docs/operations.md, section Configuration").isEmpty();
    }

    static List<Setting> settingsOnClasspath() {
        List<Setting> settings = new ArrayList<>();
        for (Class<?> type : juxtaClassesMentioning(CONFIG_MAPPING, SCHEDULED)) {
            annotation(type, CONFIG_MAPPING).ifPresent(
                    mapping -> collect(type, (String) attribute(mapping, "prefix"), type.getSimpleName(), settings));
            for (Method method : type.getDeclaredMethods()) {
                annotation(method, SCHEDULED).ifPresent(scheduled -> {
                    for (String attribute : List.of("every", "delayed", "cron")) {
                        Matcher expression = CONFIG_EXPRESSION.matcher((String) attribute(scheduled, attribute));
                        while (expression.find()) {
                            settings.add(new Setting(expression.group(1), expression.group(2),
                                    type.getSimpleName() + "." + method.getName()));
                        }
                    }
                });
            }
        }
        return settings.stream().distinct().toList();
    }

    /** The properties of a mapping interface, as SmallRye Config names them (kebab case, maps, groups). */
    static void collect(Class<?> mapping, String prefix, String readBy, List<Setting> settings) {
        for (Method method : mapping.getDeclaredMethods()) {
            if (method.isDefault() || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String name = annotation(method, WITH_NAME).map(withName -> (String) attribute(withName, "value"))
                    .orElse(method.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase());
            String key = prefix + "." + name;
            Type type = method.getGenericReturnType();
            if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == Optional.class) {
                type = parameterized.getActualTypeArguments()[0];
            }
            if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == Map.class) {
                key += ".*";
                type = parameterized.getActualTypeArguments()[1];
            }
            if (type instanceof Class<?> group && group.isInterface() && !group.getName().startsWith("java.")) {
                collect(group, key, readBy, settings);
            } else {
                String defaultValue = annotation(method, WITH_DEFAULT)
                        .map(withDefault -> (String) attribute(withDefault, "value")).orElse(null);
                settings.add(new Setting(key, defaultValue, readBy));
            }
        }
    }

    /** The classes of org.juxta whose class file refers to one of the annotations, in a stable order. */
    private static List<Class<?>> juxtaClassesMentioning(String... annotations) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        TreeSet<String> names = new TreeSet<>();
        try {
            for (URL root : Collections.list(loader.getResources("org/juxta"))) {
                if ("jar".equals(root.getProtocol())) {
                    try (JarFile jar = ((JarURLConnection) root.openConnection()).getJarFile()) {
                        for (JarEntry entry : Collections.list(jar.entries())) {
                            if (entry.getName().endsWith(".class")
                                    && mentions(jar.getInputStream(entry).readAllBytes(), annotations)) {
                                names.add(entry.getName());
                            }
                        }
                    }
                } else {
                    Path directory = Path.of(root.toURI());
                    Path classes = directory.getParent().getParent();
                    try (Stream<Path> files = Files.walk(directory)) {
                        for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                            if (mentions(Files.readAllBytes(file), annotations)) {
                                names.add(classes.relativize(file).toString().replace('\\', '/'));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name.replace('/', '.').replaceAll("\\.class$", ""), false, loader));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }

    private static boolean mentions(byte[] classFile, String... annotations) {
        String constants = new String(classFile, StandardCharsets.ISO_8859_1);
        return Stream.of(annotations).anyMatch(annotation -> constants.contains(annotation.replace('.', '/')));
    }

    private static Optional<Annotation> annotation(java.lang.reflect.AnnotatedElement element, String type) {
        return Stream.of(element.getDeclaredAnnotations())
                .filter(annotation -> annotation.annotationType().getName().equals(type))
                .findFirst();
    }

    private static Object attribute(Annotation annotation, String name) {
        try {
            return annotation.annotationType().getMethod(name).invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
