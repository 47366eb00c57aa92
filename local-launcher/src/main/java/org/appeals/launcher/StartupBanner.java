package org.appeals.launcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.appeals.contracts.Channel;
import org.appeals.launcher.process.JavaProcess;

/** What a person needs once the stack is up: where to send requests, how to log in, which keys, where the logs are. */
final class StartupBanner {

    private StartupBanner() {
    }

    static String text(StackSettings settings, double seconds, List<JavaProcess> processes) {
        long total = processes.stream().mapToLong(JavaProcess::residentMemoryBytes).sum();
        String summary = String.format(Locale.ROOT,
                "%nAppeals platform is up after %.1f s; its %d processes hold %s resident memory%n  %s%n%n",
                seconds, processes.size(), mebibytes(total), memoryPerProcess(processes));
        return summary + directions(settings, processes) + "\nPress Ctrl-C to stop everything.\n";
    }

    private static String directions(StackSettings settings, List<JavaProcess> processes) {
        StackPorts ports = settings.ports();
        String gateway = "http://localhost:" + ports.of(PlatformService.GATEWAY);
        List<String> lines = new ArrayList<>();
        lines.add("  Gateway       " + gateway + "   (people: Authorization: Bearer <token>; machines: X-Api-Key)");
        lines.add(settings.keycloak() ? "  Console: " + gateway + "/console (log in as a demo person)"
                : "  Console       off: it needs Keycloak to log people in (APPEALS_KEYCLOAK=off)");
        lines.add("  Residents     " + gateway + "/form   (web form; status page /appeal/<number>?code=<code>)");
        lines.add("  Channel keys  " + channelKeys());
        lines.addAll(PeopleDirections.lines(settings, gateway));
        lines.addAll(MailDirections.lines(ports));
        lines.addAll(NetworkDirections.lines(settings));
        lines.addAll(List.of(
                "  Channel stub  http://localhost:" + ports.stub()
                        + "/webhooks   (replies the POS, e-mail and web residents would get, newest first)",
                "  Kafka         127.0.0.1:" + ports.kafka() + "   MongoDB mongodb://127.0.0.1:" + ports.mongo(),
                "  Logs          " + settings.logDir() + "/<name>.log   (" + names(processes) + ")",
                "  Data          " + settings.localDir() + "   (delete it to start from scratch)",
                "  Samples       ./send-samples.sh   sends labelled appeals and shows how they were routed",
                ""));
        return String.join(System.lineSeparator(), lines);
    }

    private static String memoryPerProcess(List<JavaProcess> processes) {
        return processes.stream().map(p -> p.name() + " " + mebibytes(p.residentMemoryBytes()))
                .collect(Collectors.joining(", "));
    }

    static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / 1024.0 / 1024.0);
    }

    private static String channelKeys() {
        return Arrays.stream(Channel.values())
                .map(DemoChannelKeys::of)
                .collect(Collectors.joining(", "));
    }

    private static String names(List<JavaProcess> processes) {
        return processes.stream().map(JavaProcess::name).collect(Collectors.joining(", "));
    }
}
