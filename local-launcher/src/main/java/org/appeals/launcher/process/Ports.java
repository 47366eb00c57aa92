package org.appeals.launcher.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback port checks made before starting anything, so a second stack fails clearly instead of half-starting. */
public final class Ports {

    private static final int FIRST_UNEPHEMERAL = 20000;
    private static final int LAST_UNEPHEMERAL = 32000;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private Ports() {
    }

    /** True if nothing listens on {@code 127.0.0.1:port}. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Throws a readable error naming {@code what} needs the port. */
    public static void requireFree(int port, String what) {
        if (!isFree(port)) {
            throw new IllegalStateException("Port " + port + " (" + what + ") is already in use: is another local "
                    + "stack or a Kafka/MongoDB already running? Stop it first.");
        }
    }

    /**
     * A port that was free a moment ago, for tests and for running a second stack on other ports. Taken below the
     * kernel's ephemeral range (Linux: 32768-60999): a port the system hands out for port 0 is also what outgoing
     * connections get as their local port, so between this check and the child's bind a Kafka client or an HTTP poll
     * could take it ("Port … already in use" on a busy machine).
     */
    public static int free() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = FIRST_UNEPHEMERAL + RANDOM.nextInt(LAST_UNEPHEMERAL - FIRST_UNEPHEMERAL + 1);
            if (isFree(candidate)) {
                return candidate;
            }
        }
        throw new UncheckedIOException(new IOException("no free loopback port between " + FIRST_UNEPHEMERAL + " and "
                + LAST_UNEPHEMERAL));
    }
}
