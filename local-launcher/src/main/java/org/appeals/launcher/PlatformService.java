package org.appeals.launcher;

import java.net.URI;
import java.util.Optional;
import org.appeals.contracts.Channel;

/**
 * The five services in the order they are started, the channel adapters, the gateway after them, then the console and
 * the residents' pages (so they and the gateway are also stopped first).
 */
public enum PlatformService {
    INTAKE("intake-service", 8081, ""),
    ROUTING("routing-service", 8082, ""),
    DEPARTMENT("department-service", 8083, ""),
    NOTIFICATION("notification-service", 8084, ""),
    /** The built-in e-mail channel: polls the centre's mailbox on the local mail server, replies over its SMTP. */
    EMAIL_CHANNEL("email-channel", 8085, ""),
    /**
     * The social networks' adapters: clients of the gateway with their channel's key, taking replies by webhook. With
     * no network token in the local run each starts its local fake of the network's API on its port + 100.
     */
    VK_CHANNEL("vk-channel", 8088, Channel.VK),
    TELEGRAM_CHANNEL("telegram-channel", 8089, Channel.TELEGRAM),
    OK_CHANNEL("ok-channel", 8091, Channel.OK),
    GATEWAY("gateway", 8080, ""),
    /** The web console: people log in to it at Keycloak, so it runs only with Keycloak. Reached through the gateway. */
    CONSOLE("console", 8086, "/console"),
    /** The residents' pages (web form, status, feedback): public, no login. Reached through the gateway. */
    RESIDENT_WEB("resident-web", 8087, "");

    private final String module;
    private final int defaultPort;
    private final String contextPath;
    private final Channel network;

    PlatformService(String module, int defaultPort, String contextPath) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.contextPath = contextPath;
        this.network = null;
    }

    PlatformService(String module, int defaultPort, Channel network) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.contextPath = "";
        this.network = network;
    }

    /** The channel of a social network's adapter ({@code vk-channel}: VK), empty for every other process. */
    public Optional<Channel> network() {
        return Optional.ofNullable(network);
    }

    /** Where a network adapter's local fake of the network's API listens: its own port + 100 (vk-channel: 8188). */
    public static int fakePort(int adapterPort) {
        return adapterPort + 100;
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
