package org.appeals.telegram.inbound;

/** Where {@code TELEGRAM_WEBHOOK_SECRET} is read from: Telegram's secret_token allows 1–256 of A-Z a-z 0-9 _ -. */
final class WebhookSecret {

    static final String PROPERTY = "appeals.telegram.webhook-secret";
    static final String VARIABLE = "TELEGRAM_WEBHOOK_SECRET";

    private WebhookSecret() {
    }

    static String checked(String value) {
        if (!value.matches("[A-Za-z0-9_-]{1,256}")) {
            throw new IllegalStateException(VARIABLE + " may hold only 1-256 characters A-Z, a-z, 0-9, _ and - "
                    + "(Telegram's secret_token)");
        }
        return value;
    }
}
