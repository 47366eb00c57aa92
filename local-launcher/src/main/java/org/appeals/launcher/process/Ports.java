package org.appeals.launcher.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback port checks made before starting anything, so a second stack fails clearly instead of half-starting. */
public final class Ports {

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

    /** A port that was free a moment ago, for tests and for running a second stack on other ports. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
