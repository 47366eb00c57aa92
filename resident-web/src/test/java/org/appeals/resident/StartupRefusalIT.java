package org.appeals.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashMap;
import java.util.Map;
import org.appeals.support.testing.MongoWireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Without its gateway, key or public address resident-web does not start, and says which setting is missing. */
class StartupRefusalIT {

    private static final MongoWireServer mongo = MongoWireServer.start();

    @AfterAll
    static void stop() {
        mongo.close();
    }

    private static Throwable startWithout(String property) {
        Map<String, Object> settings = new HashMap<>(Map.of("server.port", "0",
                "spring.mongodb.uri", mongo.uri(),
                "appeals.resident.gateway-url", "http://127.0.0.1:9",
                "appeals.resident.api-key", "a-real-key",
                "appeals.resident.public-url", "http://localhost:8080"));
        settings.put(property, "");
        return start(settings);
    }

    /** Settings as command-line arguments, which rank above application.yml as the environment's would. */
    private static Throwable start(Map<String, Object> settings) {
        String[] arguments = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return catchThrowable(() -> new SpringApplicationBuilder(ResidentWebApplication.class).run(arguments).close());
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }

    @Test
    void refusesToStartWithoutTheGateway() {
        assertThat(messages(startWithout("appeals.resident.gateway-url"))).contains("GATEWAY_URL is not set");
    }

    @Test
    void refusesToStartWithoutTheChannelsApiKey() {
        assertThat(messages(startWithout("appeals.resident.api-key"))).contains("RESIDENT_WEB_API_KEY is not set");
    }

    @Test
    void refusesToStartWithoutThePublicAddress() {
        assertThat(messages(startWithout("appeals.resident.public-url"))).contains("RESIDENT_WEB_PUBLIC_URL is not set");
    }

    @Test
    void refusesADemoKeyOutsideTheDemo() {
        Throwable failure = start(Map.of("server.port", "0", "spring.mongodb.uri", mongo.uri(),
                "appeals.resident.gateway-url", "http://127.0.0.1:9",
                "appeals.resident.api-key", "demo-channel-web",
                "appeals.resident.public-url", "http://localhost:8080"));

        assertThat(messages(failure)).contains("RESIDENT_WEB_API_KEY holds a demo value");
    }
}
