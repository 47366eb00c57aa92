package org.appeals.launcher.stub;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.appeals.contracts.Channel;
import org.appeals.launcher.process.Classpath;
import org.appeals.launcher.process.JavaProcess;

/**
 * Stands in for the channel adapters: {@code POST /webhooks/{channel}} takes notification-service's signed replies,
 * prints each once, and {@code GET /webhooks} lists them, newest first. Environment: {@code CHANNEL_STUB_HOST}
 * (127.0.0.1), {@code CHANNEL_STUB_PORT} (8090), {@code WEBHOOK_SECRET_<CHANNEL>} (each channel's own secret, no
 * default: a channel without one has every reply refused).
 */
public final class ChannelStub implements AutoCloseable {

    private final HttpServer server;

    private ChannelStub(HttpServer server) {
        this.server = server;
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        WebhookSecrets secrets = WebhookSecrets.fromEnv(env);
        if (secrets.byChannel().isEmpty()) {
            System.err.println("No WEBHOOK_SECRET_<CHANNEL> is set (e.g. WEBHOOK_SECRET_VK): nothing could be verified");
            System.exit(2);
        }
        ChannelStub stub = start(env.getOrDefault("CHANNEL_STUB_HOST", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("CHANNEL_STUB_PORT", "8090")), secrets, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(stub::close, "stub-shutdown"));
        System.out.println("Channel stub listening on " + stub.server.getAddress() + ", GET /webhooks lists replies");
    }

    /** Serves on {@code host:port} (0 picks a free port), printing one line per new reply to {@code out}. */
    public static ChannelStub start(String host, int port, WebhookSecrets secrets, PrintStream out) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
            Map<Channel, SignatureCheck> checks = new EnumMap<>(Channel.class);
            secrets.byChannel().forEach((channel, secret) -> checks.put(channel,
                    new SignatureCheck(secret, Clock.systemUTC())));
            WebhookHandler handler = new WebhookHandler(checks, new ReceivedReplies(), out);
            server.createContext("/webhooks", handler);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return new ChannelStub(server);
        } catch (IOException e) {
            throw new UncheckedIOException("Channel stub could not listen on " + host + ":" + port, e);
        }
    }

    /** Starts the stub as a child JVM on 127.0.0.1:{@code port}; {@code awaitPort} on it to know it is ready. */
    public static JavaProcess spawn(int port, WebhookSecrets secrets, Path logFile) {
        List<String> args = List.of("-Xms16m", "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", Classpath.ofThisJvm(), ChannelStub.class.getName());
        Map<String, String> env = new HashMap<>(secrets.asEnv());
        env.put("CHANNEL_STUB_PORT", Integer.toString(port));
        return JavaProcess.start("channel-stub", args, env, logFile);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
