package org.appeals.notification.secret;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.appeals.contracts.Actor;
import org.appeals.contracts.Channel;
import org.appeals.support.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Replaces a channel's webhook secret with a new random one. The replaced secret keeps signing (as a second
 * signature) for the grace period; a rotation during the grace drops the oldest, so at most two are ever valid.
 */
@Component
class SecretRotation {

    private static final Logger log = LoggerFactory.getLogger(SecretRotation.class);
    private static final int SECRET_BYTES = 32;

    private final CachedWebhookSecrets secrets;
    private final SecretStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SecretRotation(CachedWebhookSecrets secrets, SecretStore store, Clock clock) {
        this.secrets = secrets;
        this.store = store;
        this.clock = clock;
    }

    /** The new secret, stored; 409 if another rotation of the channel was stored meanwhile. */
    ChannelSecret rotate(Channel channel, Duration grace, Actor actor) {
        Instant now = clock.instant();
        ChannelSecret next = secrets.fresh(channel).rotatedTo(newSecret(), now, now.plus(grace), actor);
        if (!store.save(next)) {
            throw ApiException.conflict("The secret of " + channel + " was rotated at the same time; list the "
                    + "secrets and rotate again if still needed.");
        }
        secrets.forget(channel);
        log.info("webhook secret of {} rotated by {} ({}), the previous one signs too until {}", channel, actor.id(),
                actor.role(), next.previousValidUntil());
        return next;
    }

    private String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
