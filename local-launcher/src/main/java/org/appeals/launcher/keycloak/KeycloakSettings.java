package org.appeals.launcher.keycloak;

import java.nio.file.Path;

/**
 * How to run one local Keycloak: the directory it is unpacked in (its data lives there too, so two directories are two
 * independent servers), its loopback HTTP port, the realm file to import, the bootstrap admin of the master realm
 * (given by the caller, never defaulted here) and the log file.
 */
public record KeycloakSettings(Path baseDir, int port, Path realmFile, String adminUsername, String adminPassword,
                               Path logFile) {
}
