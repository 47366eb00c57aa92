package org.appeals.launcher;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.appeals.launcher.kafka.KafkaBroker;
import org.appeals.launcher.keycloak.LocalKeycloak;
import org.appeals.launcher.mail.LocalMailServer;
import org.appeals.launcher.mail.MailCommand;
import org.appeals.launcher.mongo.LocalMongo;
import org.appeals.launcher.process.JavaProcess;
import org.appeals.launcher.process.Ports;
import org.appeals.launcher.process.ServiceJars;
import org.appeals.launcher.prometheus.LocalPrometheus;
import org.appeals.launcher.stub.ChannelStub;

/**
 * The whole platform on one machine, no Docker: Keycloak, Kafka, the MongoDB-wire server, the channel stub and the
 * mail server, then the five services, the e-mail channel, the console (with Keycloak only) and the residents' pages,
 * each its own process; everything under {@code .local/}. Ctrl-C stops it all in reverse order. With the arguments
 * {@code mail ...} it is the {@link MailCommand} instead, which sends and reads mail on a running stack's mail server.
 */
public final class LocalStack implements AutoCloseable {

    private final StackSettings settings;
    private final PrintStream out;
    private final List<JavaProcess> infrastructure = new CopyOnWriteArrayList<>();
    private final List<JavaProcess> services = new CopyOnWriteArrayList<>();
    private final ChildRestarts restarts = new ChildRestarts();
    private volatile boolean stopping;
    private LocalKeycloak keycloak;

    public LocalStack(StackSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("mail")) {
            MailCommand.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        try {
            LocalStack stack = new LocalStack(StackSettings.defaults(ServiceJars.repoRoot(), System.getenv()), System.out);
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
            stack.start();
            stack.startPrometheusIfInstalled(System.getenv());
            new ChildWatch(stack::processes, () -> stack.stopping, System.out).untilAllEnded();
        } catch (RuntimeException e) {
            System.err.println(System.lineSeparator() + "Start-up failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Starts everything and prints the banner; on any failure stops what already runs and rethrows. */
    public LocalStack start() {
        long startedAt = System.nanoTime();
        Map<PlatformService, Path> jars = locateJars();
        requirePortsFree();
        try {
            startInfrastructure();
            awaitKeycloak();
            out.println("Starting the services (logs in " + settings.logDir() + ") ...");
            ServiceProcesses.startAll(settings, jars, restarts, services::add, out::println);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        out.println(StartupBanner.text(settings, (System.nanoTime() - startedAt) / 1e9, processes()));
        return this;
    }

    /**
     * Prometheus with the platform's rules, scraping the running services, when the binary is installed; port
     * {@code PROMETHEUS_PORT} (9090). The stack runs on without it if it cannot start.
     */
    public void startPrometheusIfInstalled(Map<String, String> env) {
        int port = Integer.parseInt(env.getOrDefault("PROMETHEUS_PORT", "9090"));
        Optional<Path> binary = LocalPrometheus.binary(env);
        if (binary.isEmpty() || !Ports.isFree(port)) {
            out.println(binary.isEmpty()
                    ? "Prometheus is not installed (apt-get install prometheus, or PROMETHEUS_BIN=...): started without it"
                    : "Port " + port + " is taken (PROMETHEUS_PORT=...): started without Prometheus");
            return;
        }
        Map<Integer, Integer> servicePorts = new HashMap<>();
        settings.ports().services().forEach((service, actual) -> servicePorts.put(service.defaultPort(), actual));
        JavaProcess prometheus = LocalPrometheus.spawn(binary.get(), settings.repoRoot(),
                settings.localDir().resolve("prometheus"), servicePorts, port, settings.logFile("prometheus"));
        infrastructure.add(prometheus);
        try {
            prometheus.awaitHttpOk(URI.create("http://127.0.0.1:" + port + "/-/ready"), settings.startTimeout());
            out.println("  Prometheus    http://localhost:" + port + "   (alerts at /alerts, rules from ops/prometheus/rules)");
        } catch (RuntimeException e) {
            out.println("Prometheus did not start, the stack runs on without it: " + e.getMessage());
            infrastructure.remove(prometheus);
            prometheus.stop(Duration.ofSeconds(5));
        }
    }

    /** {@code http://localhost:<gateway port>}. */
    public URI gatewayUrl() {
        return URI.create("http://localhost:" + settings.ports().of(PlatformService.GATEWAY));
    }

    /** Every child process in start order. */
    public List<JavaProcess> processes() {
        List<JavaProcess> all = new ArrayList<>(infrastructure);
        all.addAll(services);
        return all;
    }

    /**
     * SIGKILL to one child, e.g. {@code routing-service}, {@code kafka} or {@code mongodb}, while the rest keeps
     * running; returns its pid once it has ended. For the fault-injection benchmark: such a death is not unexpected.
     */
    public long kill(String name) {
        return restarts.kill(name).pid();
    }

    /** Starts a child {@link #kill killed} before again, as at start-up, and waits until it is ready; its new pid. */
    public long restart(String name) {
        if (stopping) {
            throw new IllegalStateException("The stack is stopping: " + name + " is not started again");
        }
        return restarts.restart(name, this::replace).pid();
    }

    /** Children that ended without being {@link #kill killed}: in a fault-injection run, a failure of its own. */
    public List<String> unexpectedlyEnded() {
        return restarts.unexpectedlyEnded();
    }

    /** Stops the services (gateway first), then the stub, MongoDB and Kafka; safe to call twice. */
    @Override
    public synchronized void close() {
        if (stopping && services.isEmpty() && infrastructure.isEmpty()) {
            return;
        }
        stopping = true;
        StackShutdown.stop(services, infrastructure, out);
        keycloak = null;
        services.clear();
        infrastructure.clear();
    }

    /** In the lists {@link #close} stops, so a restarted child is stopped like the first one. */
    private synchronized void replace(JavaProcess old, JavaProcess fresh) {
        if (stopping) {
            fresh.stop(Duration.ofSeconds(5));
            throw new IllegalStateException("The stack stopped while " + fresh.name() + " was starting again");
        }
        for (List<JavaProcess> list : List.of(infrastructure, services)) {
            int index = list.indexOf(old);
            if (index >= 0) {
                list.set(index, fresh);
            }
        }
    }

    private void startInfrastructure() {
        if (settings.keycloak()) {
            // first, as it takes longest; it starts while Kafka and the wire server do
            out.println("Starting Keycloak on port " + settings.ports().keycloak() + " (realm " + settings.realmFile()
                    + "; the first start unpacks and builds it, about a minute) ...");
            keycloak = LocalKeycloak.start(settings.keycloakSettings(), System.getenv());
            infrastructure.add(keycloak.process());
        }
        out.println("Starting Kafka, the MongoDB-wire server, the channel stub and the mail server (data in "
                + settings.localDir() + ") ...");
        List<ChildRestarts.Recipe> recipes = infrastructureRecipes();
        recipes.forEach(recipe -> infrastructure.add(restarts.start(recipe)));
        recipes.forEach(recipe -> recipe.awaitReady().accept(restarts.current(recipe.name()).orElseThrow()));
    }

    /**
     * Kafka, the wire server, the stub and the mail server as recipes, so the fault-injection benchmark can start each
     * again.
     */
    private List<ChildRestarts.Recipe> infrastructureRecipes() {
        StackPorts ports = settings.ports();
        Duration timeout = settings.startTimeout();
        return List.of(
                new ChildRestarts.Recipe("kafka", () -> KafkaBroker.start(settings.localDir().resolve("kafka"),
                        settings.logDir(), ports.kafka(), ports.kafkaController()).process(),
                        process -> process.awaitPort("127.0.0.1", ports.kafka(), timeout)),
                new ChildRestarts.Recipe("mongodb", () -> LocalMongo.spawn(
                        settings.localDir().resolve("mongo").resolve("appeals.mv"), ports.mongo(),
                        settings.logFile("mongodb")),
                        process -> process.awaitPort("127.0.0.1", ports.mongo(), timeout)),
                new ChildRestarts.Recipe("channel-stub", () -> ChannelStub.spawn(ports.stub(),
                        settings.webhookSecrets(), settings.logFile("channel-stub")),
                        process -> process.awaitPort("127.0.0.1", ports.stub(), timeout)),
                // mail lives in the server's memory: a restart loses it, as a demo may
                new ChildRestarts.Recipe("mail-server", () -> LocalMailServer.spawn(ports.smtp(), ports.imap(),
                        settings.logFile("mail-server")),
                        process -> process.awaitPort("127.0.0.1", ports.imap(), timeout)));
    }

    /** Before the services, so the gateway finds the issuer's keys from its first request on. */
    private void awaitKeycloak() {
        if (keycloak != null) {
            long started = System.nanoTime();
            keycloak.awaitReady(settings.startTimeout());
            out.println(String.format(Locale.ROOT, "  %-22s ready after %.1f s", "keycloak",
                    (System.nanoTime() - started) / 1e9));
        }
    }

    private Map<PlatformService, Path> locateJars() {
        Map<PlatformService, Path> jars = new EnumMap<>(PlatformService.class);
        for (PlatformService service : settings.services()) {
            jars.put(service, ServiceJars.locate(settings.repoRoot(), service.module()));
        }
        return jars;
    }

    private void requirePortsFree() {
        StackPorts ports = settings.ports();
        Ports.requireFree(ports.kafka(), "Kafka");
        Ports.requireFree(ports.kafkaController(), "Kafka controller");
        Ports.requireFree(ports.mongo(), "MongoDB");
        Ports.requireFree(ports.stub(), "channel stub");
        Ports.requireFree(ports.smtp(), "mail server SMTP");
        Ports.requireFree(ports.imap(), "mail server IMAP");
        if (settings.keycloak()) {
            Ports.requireFree(ports.keycloak(), "Keycloak");
        }
        settings.services().forEach(service -> Ports.requireFree(ports.of(service), service.module()));
        settings.services().stream().filter(service -> service.network().isPresent()).forEach(adapter -> Ports
                .requireFree(PlatformService.fakePort(ports.of(adapter)), adapter.module() + "'s fake of its network"));
    }
}
