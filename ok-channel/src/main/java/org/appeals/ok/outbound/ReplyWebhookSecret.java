package org.appeals.ok.outbound;

import org.appeals.support.identity.Secrets;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** {@code WEBHOOK_SECRET_OK}: notification signs the OK channel's replies with it; required, no default. */
@Component
class ReplyWebhookSecret {

    private final String value;

    ReplyWebhookSecret(Environment environment) {
        this.value = Secrets.require(environment, "appeals.webhook.secret", "WEBHOOK_SECRET_OK");
    }

    String value() {
        return value;
    }

    @Override
    public String toString() {
        return "ReplyWebhookSecret[***]";
    }
}
