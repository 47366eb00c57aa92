package org.appeals.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.appeals.launcher.process.JavaProcess;

/** Stops the stack in reverse start order: all services together, then the infrastructure one by one. */
final class StackShutdown {

    private static final Duration SERVICE_GRACE = Duration.ofSeconds(20);
    private static final Duration INFRASTRUCTURE_GRACE = Duration.ofSeconds(30);

    private StackShutdown() {
    }

    static void stop(List<JavaProcess> services, List<JavaProcess> infrastructure, PrintStream out) {
        if (services.isEmpty() && infrastructure.isEmpty()) {
            return;
        }
        out.println("Stopping the local stack ...");
        // services do not depend on each other, so they stop in parallel; they all still need Kafka and MongoDB
        List<CompletableFuture<Void>> stopping = new ArrayList<>();
        for (JavaProcess service : reversed(services)) {
            stopping.add(CompletableFuture.runAsync(() -> stopOne(service, SERVICE_GRACE, out)));
        }
        CompletableFuture.allOf(stopping.toArray(CompletableFuture[]::new)).join();
        reversed(infrastructure).forEach(process -> stopOne(process, INFRASTRUCTURE_GRACE, out));
        out.println("Stopped.");
    }

    private static void stopOne(JavaProcess process, Duration grace, PrintStream out) {
        process.stop(grace);
        out.println("  stopped " + process.name());
    }

    private static List<JavaProcess> reversed(List<JavaProcess> processes) {
        List<JavaProcess> copy = new ArrayList<>(processes);
        Collections.reverse(copy);
        return copy;
    }
}
