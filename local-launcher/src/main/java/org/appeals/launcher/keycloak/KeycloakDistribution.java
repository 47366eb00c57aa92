package org.appeals.launcher.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak's server distribution, {@code org.keycloak:keycloak-quarkus-dist:<VERSION>:zip}: local-launcher declares it
 * as a dependency so Maven downloads it into the local repository, and it is unpacked from there once per directory.
 */
public final class KeycloakDistribution {

    /** Keep in step with the keycloak-quarkus-dist dependency in local-launcher's pom.xml (a test checks it). */
    public static final String VERSION = "26.5.6";

    private static final String MARKER = ".unpacked";

    private KeycloakDistribution() {
    }

    /** The zip in the local Maven repository ({@code -Dmaven.repo.local}, {@code MAVEN_REPO_LOCAL} or ~/.m2/repository). */
    public static Path zip(Map<String, String> env) {
        String configured = System.getProperty("maven.repo.local", env.get("MAVEN_REPO_LOCAL"));
        Path repository = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        Path zip = repository.resolve("org/keycloak/keycloak-quarkus-dist/" + VERSION
                + "/keycloak-quarkus-dist-" + VERSION + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak's distribution is not in the local Maven repository (" + zip
                    + "): build first with ./mvnw -DskipTests install (it is a dependency of local-launcher)");
        }
        return zip;
    }

    /**
     * {@code <baseDir>/keycloak-<VERSION>}, unpacked from {@code zip} unless an earlier run finished unpacking it (a
     * marker file is written last, so an interrupted unpack is redone rather than used half-way).
     */
    public static Path unpacked(Path zip, Path baseDir) {
        Path home = baseDir.resolve("keycloak-" + VERSION).toAbsolutePath();
        if (Files.isRegularFile(home.resolve(MARKER))) {
            return home;
        }
        try {
            Path staging = baseDir.resolve(".unpacking").toAbsolutePath();
            deleteRecursively(staging);
            deleteRecursively(home);
            unzip(zip, staging);
            Files.move(staging.resolve("keycloak-" + VERSION), home, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(staging);
            Files.writeString(home.resolve(MARKER), VERSION);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + zip + " into " + baseDir, e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Zip entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
