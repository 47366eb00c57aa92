package org.appeals.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceJarsTest {

    @TempDir
    Path repo;

    @Test
    void findsTheNewestExecJarOfTheModuleAndIgnoresThePlainOne() throws Exception {
        Path target = Files.createDirectories(repo.resolve("intake-service/target"));
        Files.createFile(target.resolve("intake-service-0.1.0-SNAPSHOT.jar"));
        Path old = Files.createFile(target.resolve("intake-service-0.0.9-exec.jar"));
        Path current = Files.createFile(target.resolve("intake-service-0.1.0-SNAPSHOT-exec.jar"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

        assertThat(ServiceJars.locate(repo, "intake-service")).isEqualTo(current);
    }

    @Test
    void findsTheConsolesExecJarLikeAServicesOne() throws Exception {
        Path target = Files.createDirectories(repo.resolve("console/target"));
        Files.createFile(target.resolve("console-0.1.0-SNAPSHOT.jar"));
        Path exec = Files.createFile(target.resolve("console-0.1.0-SNAPSHOT-exec.jar"));

        assertThat(ServiceJars.locate(repo, "console")).isEqualTo(exec);
    }

    @Test
    void tellsToBuildFirstWhenTheJarIsMissing() throws Exception {
        Files.createDirectories(repo.resolve("gateway/target"));

        assertThatThrownBy(() -> ServiceJars.locate(repo, "gateway"))
                .hasMessageContaining("gateway-*-exec.jar").hasMessageContaining("./mvnw -DskipTests install");
        assertThatThrownBy(() -> ServiceJars.locate(repo, "routing-service"))
                .hasMessageContaining("./mvnw -DskipTests install");
    }

    @Test
    void repoRootIsTheNearestDirectoryWithMvnwAndPom() throws Exception {
        Files.createFile(repo.resolve("mvnw"));
        Files.createFile(repo.resolve("pom.xml"));
        Path module = Files.createDirectories(repo.resolve("local-launcher/src"));
        Files.createFile(repo.resolve("local-launcher/pom.xml"));

        assertThat(ServiceJars.repoRootAbove(module)).isEqualTo(repo);
    }

    @Test
    void repoRootFromTheModuleDirectoryIsThisRepository() {
        Path root = ServiceJars.repoRoot();

        assertThat(root.resolve("mvnw")).isRegularFile();
        assertThat(root.resolve("local-launcher/pom.xml")).isRegularFile();
    }

    @Test
    void explainsWhereToRunWhenNoRepositoryIsAbove() {
        assertThatThrownBy(() -> ServiceJars.repoRootAbove(repo)).hasMessageContaining("mvnw and pom.xml");
    }
}
