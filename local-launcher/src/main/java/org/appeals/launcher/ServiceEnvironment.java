package org.appeals.launcher;

import java.util.HashMap;
import java.util.Map;
import org.appeals.contracts.Channel;
import org.appeals.launcher.keycloak.LocalKeycloak;

/** The environment variables each service and the console read (see docs/CONVENTIONS.md), pointing at the local stack. */
final class ServiceEnvironment {

    /** The key intake derives access codes from in the local run; a demo- value, so only with APPEALS_DEMO=true. */
    static final String DEMO_ACCESS_CODE_KEY = "demo-local-run-access-code-key-not-for-production";

    private ServiceEnvironment() {
    }

    static Map<String, String> of(PlatformService service, StackSettings settings) {
        StackPorts ports = settings.ports();
        Map<String, String> env = new HashMap<>();
        env.put("SERVER_PORT", Integer.toString(ports.of(service)));
        // the local run is a demo: demo keys, demo people and the demo- secrets below are accepted only with this
        env.put("APPEALS_DEMO", "true");
        if (service == PlatformService.CONSOLE) {
            // a client of the gateway, not a service behind it: no broker, no store, no identity secret
            env.put("GATEWAY_URL", publicUrl(ports));
            env.put("OIDC_ISSUER_URI", LocalKeycloak.issuer(ports.keycloak()).toString());
            return env;
        }
        if (service == PlatformService.RESIDENT_WEB) {
            // an adapter of the WEB channel: it posts appeals through the gateway with the demo WEB key and keeps
            // the residents' photos in its own database; no tiles server is reachable offline, so the map has none
            env.put("GATEWAY_URL", publicUrl(ports));
            env.put("RESIDENT_WEB_API_KEY", DemoChannelKeys.of(Channel.WEB));
            env.put("RESIDENT_WEB_PUBLIC_URL", publicUrl(ports));
            env.put("MONGODB_URI", "mongodb://127.0.0.1:" + ports.mongo());
            return env;
        }
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + ports.kafka());
        env.put("MONGODB_URI", "mongodb://127.0.0.1:" + ports.mongo());
        env.put("APPEALS_IDENTITY_SECRET", settings.identitySecret());
        switch (service) {
            case GATEWAY -> {
                env.put("INTAKE_URL", url(ports.of(PlatformService.INTAKE)));
                env.put("ROUTING_URL", url(ports.of(PlatformService.ROUTING)));
                env.put("DEPARTMENT_URL", url(ports.of(PlatformService.DEPARTMENT)));
                env.put("NOTIFICATION_URL", url(ports.of(PlatformService.NOTIFICATION)));
                env.put("CONSOLE_URL", url(ports.of(PlatformService.CONSOLE)));
                env.put("RESIDENT_WEB_URL", url(ports.of(PlatformService.RESIDENT_WEB)));
                env.put("OIDC_ISSUER_URI", LocalKeycloak.issuer(ports.keycloak()).toString());
            }
            case NOTIFICATION -> {
                env.put("CHANNEL_WEBHOOK_BASE_URL", url(ports.stub()) + "/webhooks");
                env.putAll(settings.webhookSecrets().asEnv());
                // the registration notice links the status page, final answers the feedback page
                env.put("NOTIFICATION_PUBLIC_URL", publicUrl(ports));
            }
            case INTAKE -> {
                // Open311 clients post with an api_key of intake's own; demo- keys count only in demo mode
                env.put("INTAKE_OPEN311_API_KEYS", "demo-open311");
                env.put("APPEALS_INTAKE_ACCESS_CODE_KEY", DEMO_ACCESS_CODE_KEY);
            }
            default -> {
                // routing and department need only Kafka, MongoDB and the identity secret
            }
        }
        return env;
    }

    /**
     * The gateway as a browser on this machine names it: where residents reach their pages, and the address the
     * console and the residents' pages call (the console builds its login redirects from the Host it sees).
     */
    static String publicUrl(StackPorts ports) {
        return "http://localhost:" + ports.of(PlatformService.GATEWAY);
    }

    private static String url(int port) {
        return "http://127.0.0.1:" + port;
    }
}
