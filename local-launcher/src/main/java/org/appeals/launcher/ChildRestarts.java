package org.appeals.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.appeals.launcher.process.JavaProcess;

/**
 * The children that can be killed and started again while the rest of the stack runs, which the fault-injection
 * benchmark does: how each was started, its current process, and which deaths were asked for, so that a child that
 * ends without being killed here is still told apart as an unexpected death.
 */
final class ChildRestarts {

    /** How to start one child as the stack first did, and how to know it is ready again. */
    record Recipe(String name, Supplier<JavaProcess> start, Consumer<JavaProcess> awaitReady) {
    }

    private final Map<String, Recipe> recipes = new ConcurrentHashMap<>();
    private final Map<String, JavaProcess> current = new ConcurrentHashMap<>();
    private final Set<JavaProcess> killed = ConcurrentHashMap.newKeySet();

    /** Starts the child and remembers how, so that {@link #restart} can do it again. */
    JavaProcess start(Recipe recipe) {
        JavaProcess process = recipe.start().get();
        recipes.put(recipe.name(), recipe);
        current.put(recipe.name(), process);
        return process;
    }

    /** SIGKILL to the named child, which was started here; returns the killed process once it has ended. */
    JavaProcess kill(String name) {
        JavaProcess process = require(name);
        killed.add(process);
        process.kill();
        return process;
    }

    /**
     * Starts the named (killed) child again as at first, keeping the killed one's log beside the new one, and hands
     * {@code replaced} the old and new process before waiting until the new one is ready.
     */
    JavaProcess restart(String name, Replacement replaced) {
        JavaProcess old = require(name);
        if (old.isAlive()) {
            throw new IllegalStateException(name + " still runs: kill it before starting it again");
        }
        keepLog(old);
        Recipe recipe = recipes.get(name);
        JavaProcess fresh = recipe.start().get();
        current.put(name, fresh);
        replaced.replace(old, fresh);
        recipe.awaitReady().accept(fresh);
        return fresh;
    }

    /** Called with the killed process and its successor, so the stack stops the new one on Ctrl-C. */
    @FunctionalInterface
    interface Replacement {
        void replace(JavaProcess old, JavaProcess fresh);
    }

    /** Names of the children that ended without being killed here. */
    List<String> unexpectedlyEnded() {
        return current.values().stream().filter(process -> !process.isAlive() && !killed.contains(process))
                .map(JavaProcess::name).sorted().toList();
    }

    Optional<JavaProcess> current(String name) {
        return Optional.ofNullable(current.get(name));
    }

    private JavaProcess require(String name) {
        return current(name).orElseThrow(() -> new IllegalArgumentException("No child named " + name
                + " can be restarted; known: " + current.keySet()));
    }

    /** {@code <name>.log} becomes {@code <name>-killed-<pid>.log}: the new process truncates its log file. */
    private static void keepLog(JavaProcess old) {
        Path log = old.logFile();
        if (Files.exists(log)) {
            try {
                Files.move(log, log.resolveSibling(old.name() + "-killed-" + old.pid() + ".log"));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot keep the log of the killed " + old.name(), e);
            }
        }
    }
}
