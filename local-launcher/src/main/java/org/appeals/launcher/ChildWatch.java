package org.appeals.launcher;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.appeals.launcher.process.JavaProcess;

/** Keeps the launcher in the foreground and reports a child that dies while the stack runs. */
final class ChildWatch {

    private final Supplier<List<JavaProcess>> children;
    private final BooleanSupplier stopping;
    private final PrintStream out;

    ChildWatch(Supplier<List<JavaProcess>> children, BooleanSupplier stopping, PrintStream out) {
        this.children = children;
        this.stopping = stopping;
        this.out = out;
    }

    /** Returns when no child is left running; a death is reported, the others keep running. */
    void untilAllEnded() {
        Set<JavaProcess> reported = new HashSet<>();
        List<JavaProcess> alive = children.get().stream().filter(JavaProcess::isAlive).toList();
        while (!alive.isEmpty() && !stopping.getAsBoolean()) {
            CompletableFuture.anyOf(alive.stream().map(JavaProcess::onExit).toArray(CompletableFuture[]::new)).join();
            for (JavaProcess child : children.get()) {
                if (!child.isAlive() && reported.add(child) && !stopping.getAsBoolean()) {
                    out.println("WARNING: " + child.name() + " exited (code " + child.exitCode().orElse(-1)
                            + "); the rest keeps running, Ctrl-C stops all. Last lines of " + child.logFile() + ":");
                    out.println(child.logTail());
                }
            }
            alive = children.get().stream().filter(JavaProcess::isAlive).toList();
        }
    }
}
