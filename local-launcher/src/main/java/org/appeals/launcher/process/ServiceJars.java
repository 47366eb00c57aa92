package org.appeals.launcher.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Finds the repository and the runnable jars its build produced. */
public final class ServiceJars {

    private ServiceJars() {
    }

    /** {@code <module>/target/<module>-*-exec.jar} (the newest if there are several), or a clear error to build first. */
    public static Path locate(Path repoRoot, String module) {
        Path target = repoRoot.resolve(module).resolve("target");
        if (!Files.isDirectory(target)) {
            throw notBuilt(module, target);
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> isExecJar(file, module))
                    .max(Comparator.comparing(ServiceJars::modified))
                    .orElseThrow(() -> notBuilt(module, target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nearest directory, from the working directory upwards, holding both {@code mvnw} and {@code pom.xml}. */
    public static Path repoRoot() {
        return repoRootAbove(Path.of("").toAbsolutePath());
    }

    static Path repoRootAbove(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No directory with mvnw and pom.xml above " + start
                + ": run this from inside the appeals-platform repository");
    }

    private static boolean isExecJar(Path file, String module) {
        String name = file.getFileName().toString();
        return name.startsWith(module + "-") && name.endsWith("-exec.jar") && Files.isRegularFile(file);
    }

    private static IllegalStateException notBuilt(String module, Path target) {
        return new IllegalStateException("No " + module + "-*-exec.jar in " + target
                + ": build the services first with ./mvnw -DskipTests install (or ./run-local.sh)");
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
