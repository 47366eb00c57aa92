package org.appeals.launcher.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the command line of a child JVM (or of a native binary such as Prometheus). */
final class ChildCommand {

    private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

    private ChildCommand() {
    }

    static List<String> of(List<String> javaArgs) {
        return ofBinary(javaBinary(), javaArgs);
    }

    static List<String> ofBinary(Path binary, List<String> args) {
        List<String> command = new ArrayList<>();
        // In its own session a child does not get the terminal's Ctrl-C, so the launcher's shutdown hook can stop
        // the children in order (services before Kafka); setsid execs the binary, so the pid stays the child's own.
        SETSID.stream().filter(Files::isExecutable).findFirst().ifPresent(setsid -> command.add(setsid.toString()));
        command.add(binary.toString());
        command.addAll(args);
        return command;
    }

    static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
