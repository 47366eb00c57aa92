package org.appeals.vk.vkapi;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** DOWN while VK refuses the token (the circuit is open): replies cannot go out. */
class VkApiHealthIndicator implements HealthIndicator {

    private final VkCalls calls;

    VkApiHealthIndicator(VkCalls calls) {
        this.calls = calls;
    }

    @Override
    public Health health() {
        return calls.refusing() ? Health.down().withDetail("vk", "access token refused").build() : Health.up().build();
    }
}
