package org.appeals.launcher;

import java.net.URI;

/**
 * The five services in the order they are started, the gateway after them, then the console and the residents' pages
 * (so they and the gateway are also stopped first).
 */
public enum PlatformService {
    INTAKE("intake-service", 8081, ""),
    ROUTING("routing-service", 8082, ""),
    DEPARTMENT("department-service", 8083, ""),
    NOTIFICATION("notification-service", 8084, ""),
    GATEWAY("gateway", 8080, ""),
    /** The web console: people log in to it at Keycloak, so it runs only with Keycloak. Reached through the gateway. */
    CONSOLE("console", 8086, "/console"),
    /** The residents' pages (web form, status, feedback): public, no login. Reached through the gateway. */
    RESIDENT_WEB("resident-web", 8087, "");

    private final String module;
    private final int defaultPort;
    private final String contextPath;

    PlatformService(String module, int defaultPort, String contextPath) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.contextPath = contextPath;
    }

    /** The Maven module, also the process and log file name. */
    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** Where its pages and actuator live: empty for the services, {@code /console} for the console. */
    public String contextPath() {
        return contextPath;
    }

    /** {@code http://localhost:<port><context path>/actuator/health}. */
    public URI health(int port) {
        return URI.create("http://localhost:" + port + contextPath + "/actuator/health");
    }

    /** {@code http://localhost:<port>/actuator/health}: a service's at the root (the console's is {@link #health}). */
    public static URI healthUrl(int port) {
        return URI.create("http://localhost:" + port + "/actuator/health");
    }
}
