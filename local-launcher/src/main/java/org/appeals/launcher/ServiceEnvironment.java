package org.appeals.launcher;

import java.util.HashMap;
import java.util.Map;

/** The environment variables each service reads (see docs/CONVENTIONS.md), pointing at the local stack. */
final class ServiceEnvironment {

    private ServiceEnvironment() {
    }

    static Map<String, String> of(PlatformService service, StackSettings settings) {
        StackPorts ports = settings.ports();
        Map<String, String> env = new HashMap<>();
        env.put("SERVER_PORT", Integer.toString(ports.of(service)));
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + ports.kafka());
        env.put("MONGODB_URI", "mongodb://127.0.0.1:" + ports.mongo());
        switch (service) {
            case GATEWAY -> {
                env.put("INTAKE_URL", url(ports.of(PlatformService.INTAKE)));
                env.put("ROUTING_URL", url(ports.of(PlatformService.ROUTING)));
                env.put("DEPARTMENT_URL", url(ports.of(PlatformService.DEPARTMENT)));
                env.put("NOTIFICATION_URL", url(ports.of(PlatformService.NOTIFICATION)));
                env.put("DEMO_DEPARTMENT_KEYS", "true");
            }
            case NOTIFICATION -> {
                env.put("CHANNEL_WEBHOOK_BASE_URL", url(ports.stub()) + "/webhooks");
                env.put("WEBHOOK_SECRET", settings.webhookSecret());
            }
            default -> {
                // intake, routing and department need only Kafka and MongoDB
            }
        }
        return env;
    }

    private static String url(int port) {
        return "http://127.0.0.1:" + port;
    }
}
