package org.appeals.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.appeals.contracts.Channel;
import org.appeals.launcher.DemoChannelKeys;
import org.appeals.launcher.PlatformService;
import org.appeals.launcher.process.JavaProcess;
import org.appeals.launcher.process.Ports;
import org.appeals.launcher.process.ServiceJars;

/**
 * The five services, the e-mail channel, the console and the residents' pages (or, {@link #withAdapters}, the VK,
 * Telegram and OK adapters instead of the console and the pages) as separate JVM processes, started from
 * their built jars, on the given Kafka broker and MongoDB-wire server, each on a free port; the gateway in front (the
 * console behind it at {@code /console}, the residents' pages at {@code /form}, {@code /appeal}, {@code /feedback}). Logs go to target/e2e-logs.
 */
final class RunningPlatform implements AutoCloseable {

    /** The identity secret the gateway signs with and the services check: a demo value, as APPEALS_DEMO allows. */
    static final String IDENTITY_SECRET = "demo-e2e-identity-secret-0123456789abcdef";
    private static final List<String> CHANNELS = List.of("VK", "OK", "TELEGRAM", "POS", "EMAIL", "WEB");
    private static final List<String> JVM_FLAGS =
            List.of("-Xms64m", "-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final List<JavaProcess> processes = new ArrayList<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();

    private static final List<String> EVERY_MODULE = List.of("intake-service", "routing-service",
            "department-service", "notification-service", "email-channel", "gateway", "console", "resident-web");
    private static final String CONSOLE = "console";
    private static final String RESIDENT_WEB = "resident-web";
    /** The key intake derives the residents' access codes from in this run (a demo value, as APPEALS_DEMO allows). */
    static final String ACCESS_CODE_KEY = "demo-e2e-access-code-key-0123456789abcdef";
    private static final List<String> SERVICES_AND_GATEWAY = List.of("intake-service", "routing-service",
            "department-service", "notification-service", "gateway");
    private static final List<String> WITH_ADAPTERS = List.of("intake-service", "routing-service",
            "department-service", "notification-service", "email-channel", "gateway", "vk-channel",
            "telegram-channel", "ok-channel");
    /** Each network adapter's local fake of its network's API: started by the adapter itself (no token, demo mode). */
    private final Map<String, Integer> fakePorts = new LinkedHashMap<>();

    private final String instance;

    /**
     * {@code mailEnvironment}: the e-mail channel's mailbox and SMTP server ({@link MailServer}); {@code issuerUri}:
     * the OIDC provider the gateway takes people's tokens from and the console logs people in at;
     * {@code gatewayPort}: chosen by the caller, as the provider must know the console's redirect URI on it.
     */
    RunningPlatform(String kafkaBrokers, String mongoUri, String webhookBaseUrl, Map<String, String> mailEnvironment,
                    String issuerUri, int gatewayPort) {
        this("", EVERY_MODULE, common(kafkaBrokers, mongoUri, webhookBaseUrl, issuerUri), mailEnvironment,
                gatewayPort);
    }

    /**
     * One more instance of the five services and a gateway in front of them (no e-mail channel), named
     * {@code instance} in its log files, on the same broker and store as any other instance.
     */
    static RunningPlatform instance(String instance, String kafkaBrokers, String mongoUri, String webhookBaseUrl,
                                    String issuerUri, Map<String, String> extraEnvironment) {
        Map<String, String> environment = common(kafkaBrokers, mongoUri, webhookBaseUrl, issuerUri);
        environment.putAll(extraEnvironment);
        return new RunningPlatform(instance, SERVICES_AND_GATEWAY, environment, Map.of(), Ports.free());
    }

    /**
     * The five services, the e-mail channel, a gateway and the VK, Telegram and OK adapters, each adapter on its own
     * fake of the network's API ({@link #fakeUrl}); notification posts VK, Telegram and OK replies to the adapters, the
     * other channels' to {@code webhookBaseUrl}. Its own broker and store: on the shared platform the tests play the
     * VK adapter themselves and read its replies at the webhook receiver.
     */
    static RunningPlatform withAdapters(String kafkaBrokers, String mongoUri, String webhookBaseUrl,
                                        Map<String, String> mailEnvironment, String issuerUri) {
        return new RunningPlatform("adapters", WITH_ADAPTERS, common(kafkaBrokers, mongoUri, webhookBaseUrl, issuerUri),
                mailEnvironment, Ports.free());
    }

    private RunningPlatform(String instance, List<String> modules, Map<String, String> common,
                            Map<String, String> mailEnvironment, int gatewayPort) {
        this.instance = instance;
        modules.forEach(module -> ports.put(module, module.equals("gateway") ? gatewayPort : Ports.free()));
        modules.forEach(module -> network(module).ifPresent(channel -> {
            fakePorts.put(module, Ports.free());
            common.put("WEBHOOK_URL_" + channel.name(),
                    url(module) + "/webhooks/" + channel.name().toLowerCase(Locale.ROOT));
        }));
        common.put("INTAKE_URL", url("intake-service"));
        common.put("ROUTING_URL", url("routing-service"));
        common.put("DEPARTMENT_URL", url("department-service"));
        common.put("NOTIFICATION_URL", url("notification-service"));
        if (ports.containsKey(CONSOLE)) {
            common.put("CONSOLE_URL", url(CONSOLE));
        }
        if (ports.containsKey(RESIDENT_WEB)) {
            common.put("RESIDENT_WEB_URL", url(RESIDENT_WEB));
        }
        // the notices link the residents' status and feedback pages at the gateway
        common.put("NOTIFICATION_PUBLIC_URL", url("gateway"));
        try {
            ports.keySet().forEach(module -> start(module, environment(module, common, mailEnvironment)));
            ports.keySet().forEach(module -> process(module).awaitHttpOk(
                    URI.create(url(module) + (module.equals(CONSOLE) ? "/console" : "") + "/actuator/health"),
                    Duration.ofMinutes(4)));
        } catch (RuntimeException e) {
            // nobody gets this instance to close: stop what did start, or it outlives the test JVM
            close();
            throw e;
        }
    }

    private Map<String, String> environment(String module, Map<String, String> common,
                                            Map<String, String> mailEnvironment) {
        Optional<Channel> network = network(module);
        if (network.isPresent()) {
            return networkAdapter(module, network.get(), common);
        }
        return switch (module) {
            case "email-channel" -> merged(common, mailEnvironment);
            // a client of the gateway (people's tokens, never the services' secret), as in compose
            case CONSOLE -> new LinkedHashMap<>(Map.of("GATEWAY_URL", gatewayUrl(),
                    "OIDC_ISSUER_URI", common.get("OIDC_ISSUER_URI"), "APPEALS_DEMO", "true"));
            // the WEB channel's adapter: posts through the gateway with the demo WEB key, photos in its own database
            case RESIDENT_WEB -> new LinkedHashMap<>(Map.of("GATEWAY_URL", gatewayUrl(),
                    "RESIDENT_WEB_API_KEY", "demo-channel-web", "RESIDENT_WEB_PUBLIC_URL", gatewayUrl(),
                    "MONGODB_URI", common.get("MONGODB_URI"), "APPEALS_DEMO", "true"));
            default -> common;
        };
    }

    /**
     * A social network's adapter: a client of the gateway with its channel's demo key, its channel's webhook secret,
     * its own database; no network token, so with APPEALS_DEMO it starts its fake of the network's API.
     */
    private Map<String, String> networkAdapter(String module, Channel channel, Map<String, String> common) {
        Map<String, String> env = new LinkedHashMap<>(Map.of("GATEWAY_URL", gatewayUrl(),
                "CHANNEL_API_KEY", DemoChannelKeys.of(channel),
                "WEBHOOK_SECRET_" + channel.name(), webhookSecret(channel.name()),
                "MONGODB_URI", common.get("MONGODB_URI"),
                channel.name() + "_FAKE_PORT", String.valueOf(fakePorts.get(module)),
                "APPEALS_DEMO", "true"));
        // what the adapters check the network's own calls with, even from their fakes
        switch (channel) {
            case TELEGRAM -> env.putAll(Map.of("TELEGRAM_WEBHOOK_SECRET", "demo-e2e-telegram-secret-token",
                    "TELEGRAM_PUBLIC_URL", url(module)));
            case OK -> env.put("OK_WEBHOOK_SECRET", "demo-e2e-ok-webhook-path-secret");
            default -> {
                // VK's fake community has its own demo callback secret and confirmation code
            }
        }
        return env;
    }

    /** The channel of a social network's adapter ({@code vk-channel}: VK), as the launcher's process list says. */
    private static Optional<Channel> network(String module) {
        return Arrays.stream(PlatformService.values()).filter(service -> service.module().equals(module))
                .findFirst().flatMap(PlatformService::network);
    }

    /** {@code http://127.0.0.1:<port>} of the adapter's fake of its network's API, where its control API is. */
    String fakeUrl(String module) {
        return "http://127.0.0.1:" + fakePorts.get(module);
    }

    private static Map<String, String> common(String kafkaBrokers, String mongoUri, String webhookBaseUrl,
                                              String issuerUri) {
        Map<String, String> common = new LinkedHashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafkaBrokers,
                "MONGODB_URI", mongoUri,
                "CHANNEL_WEBHOOK_BASE_URL", webhookBaseUrl,
                // demo keys (demo-channel-*, demo-operator, demo-admin, demo-dept-<id>) and demo secrets, explicitly
                "APPEALS_DEMO", "true",
                "APPEALS_IDENTITY_SECRET", IDENTITY_SECRET,
                "OIDC_ISSUER_URI", issuerUri));
        CHANNELS.forEach(channel -> common.put("WEBHOOK_SECRET_" + channel, webhookSecret(channel)));
        // every test client calls from 127.0.0.1, and several tests present wrong credentials on purpose
        common.put("FAILED_AUTH_PER_MINUTE", "200");
        common.put("INTAKE_OPEN311_API_KEYS", "demo-open311");
        common.put("APPEALS_INTAKE_ACCESS_CODE_KEY", ACCESS_CODE_KEY);
        return common;
    }

    /** SIGKILL to every process of this instance at once: no shutdown hook, no flush, as a crash or an OOM kill. */
    void killAbruptly() {
        processes.forEach(process -> ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly));
        processes.forEach(process -> process.onExit().join());
    }

    /** The channel's own webhook secret in this run. */
    static String webhookSecret(String channel) {
        return "demo-e2e-webhook-" + channel.toLowerCase(Locale.ROOT);
    }

    String gatewayUrl() {
        return url("gateway");
    }

    String url(String module) {
        return "http://127.0.0.1:" + ports.get(module);
    }

    private void start(String module, Map<String, String> common) {
        Path root = ServiceJars.repoRoot();
        Map<String, String> env = new LinkedHashMap<>(common);
        env.put("SERVER_PORT", String.valueOf(ports.get(module)));
        List<String> args = new ArrayList<>(JVM_FLAGS);
        args.add("-jar");
        args.add(ServiceJars.locate(root, module).toString());
        String name = instance.isEmpty() ? module : module + "-" + instance;
        processes.add(JavaProcess.start(name, args, env, logDirectory(root).resolve(name + ".log")));
    }

    private static Map<String, String> merged(Map<String, String> common, Map<String, String> own) {
        Map<String, String> env = new LinkedHashMap<>(common);
        env.putAll(own);
        return env;
    }

    private JavaProcess process(String module) {
        return processes.get(new ArrayList<>(ports.keySet()).indexOf(module));
    }

    private static Path logDirectory(Path root) {
        try {
            return Files.createDirectories(root.resolve("e2e-tests/target/e2e-logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).stop(Duration.ofSeconds(10));
        }
    }
}
