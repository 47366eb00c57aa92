package org.appeals.support.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A loopback port that hangs up on every connection until it is opened, then forwards connections to a target.
 * Put in front of a broker's bootstrap address, it makes the broker unreachable and reachable again on demand.
 */
public final class TcpGate implements AutoCloseable {

    private final ServerSocket server;
    private volatile String targetHost;
    private volatile int targetPort;

    public TcpGate() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon(this::acceptLoop, "tcp-gate-accept");
    }

    public String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    /** From now on connections reach {@code host:port}. */
    public void openTo(String hostAndPort) {
        targetPort = Integer.parseInt(hostAndPort.substring(hostAndPort.lastIndexOf(':') + 1));
        targetHost = hostAndPort.substring(0, hostAndPort.lastIndexOf(':'));
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (targetHost == null) {
                    client.close();
                } else {
                    forward(client, new Socket(targetHost, targetPort));
                }
            } catch (IOException e) {
                // the gate was closed, or one connection failed: the client sees a hang-up either way
            }
        }
    }

    private static void forward(Socket client, Socket upstream) throws IOException {
        daemon(() -> pipe(client, upstream), "tcp-gate-up");
        daemon(() -> pipe(upstream, client), "tcp-gate-down");
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side hung up
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
