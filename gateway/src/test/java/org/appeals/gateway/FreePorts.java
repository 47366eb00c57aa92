package org.appeals.gateway;

import java.io.IOException;
import java.net.ServerSocket;

/** A loopback port nothing listens on (the socket is closed at once), for services that are down. */
final class FreePorts {

    private FreePorts() {
    }

    static int any() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
