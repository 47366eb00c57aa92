package org.appeals.ok.inbound;

import java.util.List;
import org.appeals.ok.api.OkApiException;
import org.appeals.ok.api.OkBot;
import org.appeals.ok.api.OkConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure OK posts the group's updates here: {@code <webhook-url>/<secret>} is subscribed once (the list is read
 * first, so a restart subscribes nothing twice), and subscriptions to the same webhook under an older secret are
 * removed. If OK cannot be reached at start, the sweep tries again until it succeeds.
 */
@Component
class WebhookSubscription {

    private static final Logger log = LoggerFactory.getLogger(WebhookSubscription.class);

    private final OkBot bot;
    private final OkConnection connection;
    private final Environment environment;
    private volatile boolean subscribed;

    WebhookSubscription(OkBot bot, OkConnection connection, Environment environment) {
        this.bot = bot;
        this.connection = connection;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void subscribeAtStart() {
        ensure();
    }

    /**
     * Subscribes unless done already; true when the group is subscribed. Synchronized: the start and the first sweep
     * may both get here, and each would read the list before the other subscribed, so the group got two subscriptions.
     */
    synchronized boolean ensure() {
        if (subscribed) {
            return true;
        }
        String base = webhookBase();
        if (base == null) {
            return false; // the local server is not listening yet
        }
        String url = base + "/" + connection.webhookSecret();
        try {
            List<String> current = bot.subscriptions();
            for (String stale : current.stream().filter(u -> u.startsWith(base + "/") && !u.equals(url)).toList()) {
                bot.unsubscribe(stale);
                log.info("removed the OK subscription of {} under an older secret", base);
            }
            if (!current.contains(url)) {
                bot.subscribe(url);
                log.info("subscribed the group's OK updates to {}/…", base);
            }
            subscribed = true;
        } catch (OkApiException | io.github.resilience4j.circuitbreaker.CallNotPermittedException e) {
            log.error("could not subscribe the OK webhook yet ({}); trying again", e.getMessage());
        }
        return subscribed;
    }

    /** The public address, or (local fake without one) where this process listens. */
    private String webhookBase() {
        if (connection.webhookUrl() != null) {
            return connection.webhookUrl().replaceAll("/+$", "");
        }
        String port = environment.getProperty("local.server.port");
        return port == null ? null : "http://127.0.0.1:" + port + "/webhooks/ok-bot";
    }
}
