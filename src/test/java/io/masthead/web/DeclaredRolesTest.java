package io.masthead.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every resource says who may call it. Unannotated endpoints are denied at run time; this
 * names the class at build time instead, and keeps the newsroom out of @PermitAll.
 */
class DeclaredRolesTest {

    @Test
    void everyResourceDeclaresItsRoles() throws Exception {
        List<String> undeclared = new ArrayList<>();
        int resources = 0;
        for (Class<?> type : resourceClasses()) {
            resources++;
            boolean classLevel = type.isAnnotationPresent(PermitAll.class) || type.isAnnotationPresent(RolesAllowed.class);
            for (Method method : type.getDeclaredMethods()) {
                boolean endpoint = Stream.of(method.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
                boolean declared = method.isAnnotationPresent(PermitAll.class) || method.isAnnotationPresent(RolesAllowed.class);
                if (endpoint && !classLevel && !declared) {
                    undeclared.add(type.getSimpleName() + "." + method.getName());
                }
            }
            String path = type.getAnnotation(Path.class).value();
            if (path.startsWith("/admin")) {
                assertTrue(type.isAnnotationPresent(RolesAllowed.class), type.getSimpleName() + " is a newsroom resource");
                assertTrue(!type.isAnnotationPresent(PermitAll.class), type.getSimpleName() + " must not be public");
            }
        }
        // Public pages are served by the delivery pipeline, not JAX-RS: what is left is the newsroom and sign-in.
        assertTrue(resources >= 8, "found the resources");
        assertEquals(List.of(), undeclared);
    }

    private static List<Class<?>> resourceClasses() throws IOException, ClassNotFoundException {
        java.nio.file.Path root = Paths.get("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("io/masthead"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, DeclaredRolesTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
