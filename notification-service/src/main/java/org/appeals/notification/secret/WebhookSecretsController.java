package org.appeals.notification.secret;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.appeals.contracts.Actor;
import org.appeals.contracts.Channel;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.appeals.support.web.Role;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins rotate a channel's webhook secret ({@code POST /api/v1/webhook-secrets/{channel}/rotate}, the new secret
 * shown once) and list the secrets' state ({@code GET /api/v1/webhook-secrets}, never a secret).
 */
@RestController
class WebhookSecretsController {

    static final int DEFAULT_GRACE_HOURS = 24;
    static final int MAX_GRACE_HOURS = 168;

    private final SecretRotation rotation;
    private final CachedWebhookSecrets secrets;
    private final EnvironmentSecrets channels;

    WebhookSecretsController(SecretRotation rotation, CachedWebhookSecrets secrets, EnvironmentSecrets channels) {
        this.rotation = rotation;
        this.secrets = secrets;
        this.channels = channels;
    }

    @PostMapping("/api/v1/webhook-secrets/{channel}/rotate")
    ResponseEntity<RotatedSecret> rotate(Caller caller, @PathVariable("channel") String channel,
                                         @RequestBody(required = false) RotateRequest request) {
        caller.requireRole(Role.ADMIN);
        ChannelSecret next = rotation.rotate(signed(channel), grace(request), caller.actor());
        // the one response that carries the secret: no cache on the way may keep it
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(new RotatedSecret(
                next.channel(), next.secret(), next.createdAt(), next.rotatedBy(), next.previousValidUntil()));
    }

    @GetMapping("/api/v1/webhook-secrets")
    SecretList list(Caller caller) {
        caller.requireRole(Role.ADMIN);
        return new SecretList(channels.channels().stream().map(secrets::fresh).map(SecretView::of).toList());
    }

    private Channel signed(String code) {
        Channel channel;
        try {
            channel = Channel.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("There is no channel " + code.strip() + ".");
        }
        if (!channels.channels().contains(channel)) {
            throw ApiException.notFound("Channel " + channel + " has no webhook, so no webhook secret.");
        }
        return channel;
    }

    private static Duration grace(RotateRequest request) {
        int hours = request == null || request.graceHours() == null ? DEFAULT_GRACE_HOURS : request.graceHours();
        if (hours < 0 || hours > MAX_GRACE_HOURS) {
            throw ApiException.badRequest("graceHours must be between 0 and " + MAX_GRACE_HOURS + ".");
        }
        return Duration.ofHours(hours);
    }

    /** The request body: how long the replaced secret keeps signing, 24 hours if left out. */
    record RotateRequest(Integer graceHours) {
    }

    /** The response of a rotation: the only place the new secret is ever shown. */
    record RotatedSecret(Channel channel, String secret, Instant createdAt, Actor rotatedBy,
                         Instant previousValidUntil) {

        /** Leaves out the secret. */
        @Override
        public String toString() {
            return "RotatedSecret[channel=" + channel + ", rotatedBy=" + rotatedBy + "]";
        }
    }

    /** A channel's secret as admins see it; {@code source} ENVIRONMENT until the first rotation, then ROTATED. */
    record SecretView(Channel channel, String source, Instant createdAt, Actor rotatedBy, Instant previousValidUntil) {

        static SecretView of(ChannelSecret secret) {
            return new SecretView(secret.channel(), secret.rotated() ? "ROTATED" : "ENVIRONMENT", secret.createdAt(),
                    secret.rotatedBy(), secret.previousValidUntil());
        }
    }

    /** The list's body. */
    record SecretList(List<SecretView> secrets) {
    }
}
