package org.appeals.launcher.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.appeals.launcher.process.ServiceJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakDistributionTest {

    @TempDir
    Path dir;

    @Test
    void theVersionIsTheOneThePomDownloadsAndComposeRuns() throws IOException {
        Path repo = ServiceJars.repoRoot();

        assertThat(Files.readString(repo.resolve("local-launcher/pom.xml")))
                .contains("<keycloak.version>" + KeycloakDistribution.VERSION + "</keycloak.version>");
        assertThat(Files.readString(repo.resolve("docker-compose.yml")))
                .contains("image: quay.io/keycloak/keycloak:" + KeycloakDistribution.VERSION);
    }

    @Test
    void findsTheZipInTheLocalRepositoryNamedByMavenRepoLocal() throws IOException {
        Path zip = dir.resolve("org/keycloak/keycloak-quarkus-dist/" + KeycloakDistribution.VERSION
                + "/keycloak-quarkus-dist-" + KeycloakDistribution.VERSION + ".zip");
        Files.createDirectories(zip.getParent());
        Files.createFile(zip);
        String before = System.clearProperty("maven.repo.local");
        try {
            assertThat(KeycloakDistribution.zip(Map.of("MAVEN_REPO_LOCAL", dir.toString()))).isEqualTo(zip);
            assertThatThrownBy(() -> KeycloakDistribution.zip(Map.of("MAVEN_REPO_LOCAL", dir.resolve("none").toString())))
                    .hasMessageContaining("./mvnw -DskipTests install");
        } finally {
            if (before != null) {
                System.setProperty("maven.repo.local", before);
            }
        }
    }

    @Test
    void unpacksOnceAndKeepsTheUnpackedCopy() throws IOException {
        Path zip = zipWith("keycloak-" + KeycloakDistribution.VERSION + "/bin/kc.sh", "echo first");

        Path home = KeycloakDistribution.unpacked(zip, dir.resolve("kc"));
        Files.writeString(home.resolve("bin/kc.sh"), "echo edited");
        Path again = KeycloakDistribution.unpacked(zip, dir.resolve("kc"));

        assertThat(again).isEqualTo(home);
        assertThat(home.resolve("bin/kc.sh")).hasContent("echo edited");
        assertThat(dir.resolve("kc/.unpacking")).doesNotExist();
    }

    @Test
    void aChangedRealmFileDropsTheDevDatabaseSoTheRealmIsImportedAgain() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path realm = Files.writeString(dir.resolve("appeals-realm.json"), "{\"realm\":\"appeals\"}");
        RealmImport.prepare(home, realm);
        Files.createDirectories(home.resolve("data/h2"));
        Files.writeString(home.resolve("data/h2/keycloakdb.mv.db"), "db");

        RealmImport.prepare(home, realm);
        assertThat(home.resolve("data/h2/keycloakdb.mv.db")).exists();

        Files.writeString(realm, "{\"realm\":\"appeals\",\"enabled\":true}");
        RealmImport.prepare(home, realm);
        assertThat(home.resolve("data/h2")).doesNotExist();
        assertThat(home.resolve("data/import/appeals-realm.json")).hasSameTextualContentAs(realm);
    }

    private Path zipWith(String entry, String content) throws IOException {
        Path zip = dir.resolve("dist.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip;
    }
}
