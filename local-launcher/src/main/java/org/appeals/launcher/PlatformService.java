package org.appeals.launcher;

import java.net.URI;

/** The five services in the order they are started (the gateway last, so it is also stopped first). */
public enum PlatformService {
    INTAKE("intake-service", 8081),
    ROUTING("routing-service", 8082),
    DEPARTMENT("department-service", 8083),
    NOTIFICATION("notification-service", 8084),
    GATEWAY("gateway", 8080);

    private final String module;
    private final int defaultPort;

    PlatformService(String module, int defaultPort) {
        this.module = module;
        this.defaultPort = defaultPort;
    }

    /** The Maven module, also the process and log file name. */
    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** {@code http://localhost:<port>/actuator/health}. */
    public static URI healthUrl(int port) {
        return URI.create("http://localhost:" + port + "/actuator/health");
    }
}
