package org.appeals.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.appeals.launcher.process.JavaProcess;

/** Starts the service jars (and the console's) side by side and waits for all of them to be healthy. */
final class ServiceProcesses {

    /** Enough for one small machine to hold five Spring Boot services; C1 only, for a quick start. */
    static final List<String> JVM_FLAGS = List.of("-Xms64m", "-Xmx320m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");

    private ServiceProcesses() {
    }

    /** Hands each started process to {@code started} at once, so a failure or Ctrl-C can stop it. */
    static void startAll(StackSettings settings, Map<PlatformService, Path> jars, ChildRestarts restarts,
                         Consumer<JavaProcess> started, Consumer<String> progress) {
        Map<PlatformService, JavaProcess> processes = new EnumMap<>(PlatformService.class);
        jars.forEach((service, jar) -> {
            JavaProcess process = restarts.start(recipe(service, jar, settings));
            started.accept(process);
            processes.put(service, process);
        });
        awaitHealthy(processes, settings, progress);
    }

    /** How the service is started, also again after the fault-injection benchmark killed it; ready when healthy. */
    static ChildRestarts.Recipe recipe(PlatformService service, Path jar, StackSettings settings) {
        List<String> args = new ArrayList<>(JVM_FLAGS);
        args.addAll(List.of("-jar", jar.toString()));
        return new ChildRestarts.Recipe(service.module(),
                () -> JavaProcess.start(service.module(), args, ServiceEnvironment.of(service, settings),
                        settings.logFile(service.module())),
                process -> process.awaitHttpOk(service.health(settings.ports().of(service)), settings.startTimeout()));
    }

    /** In parallel, so the first service to die ends the wait at once, whichever it is. */
    private static void awaitHealthy(Map<PlatformService, JavaProcess> processes, StackSettings settings,
                                     Consumer<String> progress) {
        ExecutorService pool = Executors.newFixedThreadPool(processes.size());
        long started = System.nanoTime();
        try {
            CompletionService<JavaProcess> healthy = new ExecutorCompletionService<>(pool);
            processes.forEach((service, process) -> healthy.submit(() -> {
                process.awaitHttpOk(service.health(settings.ports().of(service)), settings.startTimeout());
                return process;
            }));
            for (int i = 0; i < processes.size(); i++) {
                JavaProcess process = healthy.take().get();
                progress.accept(String.format("  %-22s healthy after %.1f s", process.name(),
                        (System.nanoTime() - started) / 1e9));
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the services", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
