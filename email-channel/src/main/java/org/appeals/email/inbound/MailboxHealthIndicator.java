package org.appeals.email.inbound;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code mailbox}: DOWN while the latest poll failed (mailbox or broker away), so no appeal waits unnoticed. */
@Component("mailbox")
class MailboxHealthIndicator implements HealthIndicator {

    private final MailboxStatus status;
    private final MailboxProperties properties;

    MailboxHealthIndicator(MailboxStatus status, MailboxProperties properties) {
        this.status = status;
        this.properties = properties;
    }

    @Override
    public Health health() {
        if (!properties.enabled()) {
            return Health.up().withDetail("polling", "off").build();
        }
        MailboxStatus.LastPoll last = status.last();
        if (last == null) {
            return Health.unknown().withDetail("polling", "no poll yet").build();
        }
        Health.Builder health = last.failure() == null ? Health.up().withDetail("taken", last.taken())
                : Health.down().withDetail("failure", last.failure());
        return health.withDetail("lastPoll", last.at().toString()).withDetail("folder", properties.folder()).build();
    }
}
