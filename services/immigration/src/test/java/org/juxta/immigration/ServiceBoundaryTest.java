package org.juxta.immigration;

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
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Vetoed;
import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;
import org.juxta.immigration.crossing.CrossingEntity;
import org.juxta.immigration.crossing.CrossingService;
import org.juxta.immigration.screening.HitEntity;

import io.smallrye.mutiny.Uni;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boundary rule of docs/architecture.md: a resource maps between API models and service calls, and
 * a service never returns an entity. Checked over the compiled classes of the service: no public method
 * of an {@code @ApplicationScoped} class named {@code ...Service} returns a type that mentions an
 * {@code @Entity} class (or a type declared inside one), in its generic arguments, in the components of
 * a record or in the fields of a class of the service's own.
 */
class ServiceBoundaryTest {

    private static final String ROOT = "org.juxta";

    @Test
    void noServiceReturnsAnEntity() throws IOException, URISyntaxException {
        List<Class<?>> services = serviceClasses();

        assertThat(services).extracting(Class::getSimpleName)
                .contains("CrossingService", "CaseService", "ManifestService", "HitService", "StayService");
        assertThat(services.stream().flatMap(service -> violations(service).stream())).isEmpty();
    }

    @Test
    void theCheckFindsEntitiesInGenericArgumentsRecordComponentsAndFields() {
        assertThat(violations(LeakingService.class)).containsExactlyInAnyOrder(
                "LeakingService.crossing() returns CrossingEntity",
                "LeakingService.crossings() returns CrossingEntity",
                "LeakingService.wrapped() returns CrossingEntity",
                "LeakingService.held() returns HitEntity",
                "LeakingService.decision() returns HitEntity$Decision");
        assertThat(isService(LeakingService.class)).isTrue();
        assertThat(violations(CleanService.class)).isEmpty();
    }

    /** The services among the compiled main classes of the service (not its tests). */
    private static List<Class<?>> serviceClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(CrossingService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path root = classes.resolve("org/juxta/immigration");
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
            return Class.forName(name, false, ServiceBoundaryTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isService(Class<?> type) {
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

    /** Breaks the rule every way the check knows. Vetoed: never a bean of the application under test. */
    @Vetoed
    @ApplicationScoped
    static class LeakingService {

        record Wrapped(String name, List<CrossingEntity> crossings) {
        }

        static class Holder {

            Uni<HitEntity> hit;
        }

        public CrossingEntity crossing() {
            return null;
        }

        public Uni<List<? extends CrossingEntity>> crossings() {
            return null;
        }

        public Uni<Wrapped> wrapped() {
            return null;
        }

        public Holder held() {
            return null;
        }

        public Uni<List<HitEntity.Decision>> decision() {
            return null;
        }

        CrossingEntity notPublic() {
            return null;
        }
    }

    /** Keeps it: API models, plain values, entities only as parameters. */
    @Vetoed
    @ApplicationScoped
    static class CleanService {

        public Uni<org.juxta.immigration.api.model.Crossing> crossing(CrossingEntity given) {
            return null;
        }

        public Uni<java.util.Map<java.util.UUID, List<org.juxta.immigration.api.model.Hit>>> hits() {
            return null;
        }

        public void nothing() {
        }
    }
}
