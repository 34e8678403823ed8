package org.juxta.testsupport.conformance;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;
import org.juxta.testsupport.ServiceUnderTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boundary rule of docs/architecture.md: a resource maps between API models and service calls, and
 * a service never returns an entity. Checked over the compiled classes of the service under test
 * ({@code org.juxta.<service>}): no public method of an {@code @ApplicationScoped} class named
 * {@code ...Service} returns a type that mentions an {@code @Entity} class (or a type declared inside
 * one), in its generic arguments, in the components of a record or in the fields of a class of Juxta's
 * own. A service runs it by extending this class in a plain test.
 */
public abstract class ServiceBoundaryConformance {

    private static final String ROOT = "org.juxta";

    @Test
    void noServiceReturnsAnEntity() throws IOException {
        List<Class<?>> services = serviceClasses();

        assertThat(services).as("services of " + ServiceUnderTest.name()).isNotEmpty();
        assertThat(services.stream().flatMap(service -> violations(service).stream())).isEmpty();
    }

    /** The services among the compiled main classes of the service (not its tests). */
    private static List<Class<?>> serviceClasses() throws IOException {
        Path classes = ServiceUnderTest.mainClasses();
        Path root = classes.resolve(ROOT.replace('.', '/') + "/" + ServiceUnderTest.name());
        List<Class<?>> services = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = load(name);
                if (isService(type)) {
                    services.add(type);
                }
            }
        }
        return services;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isService(Class<?> type) {
        return type.isAnnotationPresent(ApplicationScoped.class) && type.getSimpleName().endsWith("Service");
    }

    /** "Service.method() returns Entity" for each entity a public method's return type mentions. */
    static List<String> violations(Class<?> service) {
        List<String> found = new ArrayList<>();
        for (Method method : service.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic() || method.isBridge()) {
                continue;
            }
            Set<Class<?>> entities = new HashSet<>();
            collectEntities(method.getGenericReturnType(), new HashSet<>(), entities);
            entities.stream().map(entity -> service.getSimpleName() + "." + method.getName() + "() returns "
                    + entity.getName().substring(entity.getPackageName().length() + 1)).sorted().forEach(found::add);
        }
        return found;
    }

    private static void collectEntities(Type type, Set<Type> seen, Set<Class<?>> entities) {
        if (!seen.add(type)) {
            return;
        }
        switch (type) {
            case ParameterizedType parameterized -> {
                collectEntities(parameterized.getRawType(), seen, entities);
                for (Type argument : parameterized.getActualTypeArguments()) {
                    collectEntities(argument, seen, entities);
                }
            }
            case WildcardType wildcard -> {
                for (Type bound : wildcard.getUpperBounds()) {
                    collectEntities(bound, seen, entities);
                }
                for (Type bound : wildcard.getLowerBounds()) {
                    collectEntities(bound, seen, entities);
                }
            }
            case GenericArrayType array -> collectEntities(array.getGenericComponentType(), seen, entities);
            case TypeVariable<?> variable -> {
                for (Type bound : variable.getBounds()) {
                    collectEntities(bound, seen, entities);
                }
            }
            case Class<?> plain -> collectClass(plain, seen, entities);
            default -> throw new IllegalStateException("unexpected type " + type);
        }
    }

    private static void collectClass(Class<?> type, Set<Type> seen, Set<Class<?>> entities) {
        if (type.isArray()) {
            collectEntities(type.getComponentType(), seen, entities);
            return;
        }
        if (isEntityOrInsideOne(type)) {
            entities.add(type);
            return;
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                collectEntities(component.getGenericType(), seen, entities);
            }
        } else if (type.getName().startsWith(ROOT + ".")) {
            // A class of our own (an API model, a view) could carry an entity in a field.
            for (Class<?> declaring = type; declaring != null
                    && declaring.getName().startsWith(ROOT + "."); declaring = declaring.getSuperclass()) {
                for (Field field : declaring.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        collectEntities(field.getGenericType(), seen, entities);
                    }
                }
            }
        }
    }

    private static boolean isEntityOrInsideOne(Class<?> type) {
        for (Class<?> enclosing = type; enclosing != null; enclosing = enclosing.getEnclosingClass()) {
            if (enclosing.isAnnotationPresent(Entity.class)) {
                return true;
            }
        }
        return false;
    }
}
