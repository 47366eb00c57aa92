package org.appeals.launcher.process;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The classpath child JVMs of the launcher run with: this JVM's own, with absolute entries. */
public final class Classpath {

    private Classpath() {
    }

    /**
     * This JVM's {@code java.class.path} made absolute. Started with {@code java -jar local-launcher.jar} it is the
     * jar alone, whose manifest {@code Class-Path} brings {@code lib/*} along; in tests it is the test classpath.
     */
    public static String ofThisJvm() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
