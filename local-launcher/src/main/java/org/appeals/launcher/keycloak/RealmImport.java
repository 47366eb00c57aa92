package org.appeals.launcher.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Puts the realm file where {@code --import-realm} reads it. Keycloak skips a realm it already has, so when the file
 * changed since the last import the dev database ({@code data/h2}, nothing but the realm and its demo people) is
 * dropped and the realm imported afresh.
 */
final class RealmImport {

    private RealmImport() {
    }

    static void prepare(Path home, Path realmFile) {
        Path imported = home.resolve("data/import").resolve(realmFile.getFileName());
        try {
            byte[] realm = Files.readAllBytes(realmFile);
            if (Files.isRegularFile(imported) && !Arrays.equals(realm, Files.readAllBytes(imported))) {
                KeycloakDistribution.deleteRecursively(home.resolve("data/h2"));
            }
            Files.createDirectories(imported.getParent());
            Files.write(imported, realm);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the realm " + realmFile + " into " + home, e);
        }
    }
}
