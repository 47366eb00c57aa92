package org.appeals.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.appeals.contracts.Channel;
import org.appeals.support.identity.MissingSecretException;
import org.appeals.support.testing.MongoWireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The real application, started without a channel's webhook secret or with a demo one outside demo mode: it stops
 * before it serves or consumes anything, naming the variable to set.
 */
class SecretsAtStartIT {

    static final MongoWireServer mongo = MongoWireServer.start();

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @Test
    void refusesToStartWithoutTheVkSecret() {
        MissingSecretException refused = startWithVkSecret("", "false");

        assertThat(refused.variable()).isEqualTo("WEBHOOK_SECRET_VK");
        assertThat(refused.getMessage()).contains("WEBHOOK_SECRET_VK is not set");
    }

    @Test
    void refusesADemoSecretUnlessDemoModeIsAskedFor() {
        MissingSecretException refused = startWithVkSecret("demo-webhook-secret", "false");

        assertThat(refused.variable()).isEqualTo("WEBHOOK_SECRET_VK");
        assertThat(refused.getMessage()).contains("demo value").contains("APPEALS_DEMO=true")
                .doesNotContain("demo-webhook-secret");
    }

    private static MissingSecretException startWithVkSecret(String vkSecret, String demo) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.mongodb.uri=" + mongo.uri(),
                "--spring.mongodb.database=notification-start-it", "--appeals.demo=" + demo,
                // nothing may get as far as the broker: the secrets are read first
                "--spring.kafka.bootstrap-servers=127.0.0.1:9"));
        for (Channel channel : Channel.values()) {
            String secret = channel == Channel.VK ? vkSecret : "start-it-secret-" + channel;
            args.add("--appeals.notification.channels." + channel + ".secret=" + secret);
        }
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(NotificationApplication.class)
                .run(args.toArray(String[]::new)).close());
        Throwable cause = failure;
        while (cause != null && !(cause instanceof MissingSecretException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("the start failed for a missing secret: %s", failure).isInstanceOf(MissingSecretException.class);
        return (MissingSecretException) cause;
    }
}
