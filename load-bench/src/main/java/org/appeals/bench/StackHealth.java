package org.appeals.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** Every service's {@code /actuator/health} answering 200: the stack is whole again after a kill. */
final class StackHealth {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final List<URI> healthUrls;

    StackHealth(List<URI> healthUrls) {
        this.healthUrls = List.copyOf(healthUrls);
    }

    /** Polls every half second until all are UP; false if {@code timeout} passed first. */
    boolean awaitAllUp(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!allUp()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
        return true;
    }

    private boolean allUp() {
        return healthUrls.stream().allMatch(this::up);
    }

    private boolean up(URI url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
