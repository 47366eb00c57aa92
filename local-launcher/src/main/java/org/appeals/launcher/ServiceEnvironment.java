package org.appeals.launcher;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.appeals.contracts.Channel;
import org.appeals.launcher.keycloak.LocalKeycloak;
import org.appeals.launcher.mail.CentreMailbox;
import org.appeals.launcher.stub.WebhookSecrets;

/** The environment variables each service and the console read (see docs/CONVENTIONS.md), pointing at the local stack. */
final class ServiceEnvironment {

    /** The key intake derives access codes from in the local run; a demo- value, so only with APPEALS_DEMO=true. */
    static final String DEMO_ACCESS_CODE_KEY = "demo-local-run-access-code-key-not-for-production";

    /**
     * What the adapters check the network's own calls with even against their fakes: Telegram's secret_token of
     * setWebhook, the secret path segment of OK's webhook (VK's fake community has its own demo callback secret).
     */
    static final Map<Channel, Map<String, String>> DEMO_NETWORK_SECRETS = Map.of(
            Channel.TELEGRAM, Map.of("TELEGRAM_WEBHOOK_SECRET", "demo-telegram-webhook-secret-local-only"),
            Channel.OK, Map.of("OK_WEBHOOK_SECRET", "demo-ok-webhook-secret-local-only"));

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
        if (service.network().isPresent()) {
            return networkAdapter(service, service.network().get(), settings, env);
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
                // VK, Telegram and OK replies to their adapters, which post them in the resident's thread
                for (PlatformService adapter : settings.services()) {
                    adapter.network().ifPresent(channel -> env.put("WEBHOOK_URL_" + channel.name(),
                            url(ports.of(adapter)) + "/webhooks/" + lowerCase(channel)));
                }
                env.putAll(settings.webhookSecrets().asEnv());
                // the registration notice links the status page, final answers the feedback page
                env.put("NOTIFICATION_PUBLIC_URL", publicUrl(ports));
            }
            case EMAIL_CHANNEL ->
                // the centre's mailbox on the local mail server; it reads outbound.EMAIL and writes appeals.submitted
                env.putAll(CentreMailbox.channelEnvironment(ports.smtp(), ports.imap()));
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
     * A social network's adapter: posts appeals through the gateway with its channel's demo key, takes notification's
     * replies signed with its channel's secret, keeps its threads in its own database. No network token: with
     * APPEALS_DEMO it starts its local fake of the network's API, which the banner tells people how to play.
     */
    private static Map<String, String> networkAdapter(PlatformService service, Channel channel, StackSettings settings,
                                                      Map<String, String> env) {
        StackPorts ports = settings.ports();
        env.put("GATEWAY_URL", publicUrl(ports));
        env.put("CHANNEL_API_KEY", DemoChannelKeys.of(channel));
        settings.webhookSecrets().of(channel).ifPresent(secret -> env.put(WebhookSecrets.variable(channel), secret));
        env.put("MONGODB_URI", "mongodb://127.0.0.1:" + ports.mongo());
        env.put(channel.name() + "_FAKE_PORT", Integer.toString(PlatformService.fakePort(ports.of(service))));
        env.putAll(DEMO_NETWORK_SECRETS.getOrDefault(channel, Map.of()));
        if (channel == Channel.TELEGRAM) {
            // the residents' photos are served by the adapter itself, at /files/<file_id>
            env.put("TELEGRAM_PUBLIC_URL", "http://localhost:" + ports.of(service));
        }
        return env;
    }

    private static String lowerCase(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
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
