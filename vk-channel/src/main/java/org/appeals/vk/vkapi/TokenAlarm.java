package org.appeals.vk.vkapi;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerOnStateTransitionEvent;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells ops, in one log line without the token, that VK refused it and replies are held meanwhile. */
class TokenAlarm {

    private static final Logger log = LoggerFactory.getLogger(TokenAlarm.class);

    private final Duration openFor;

    TokenAlarm(Duration openFor) {
        this.openFor = openFor;
    }

    void on(CircuitBreakerOnStateTransitionEvent event) {
        CircuitBreaker.State to = event.getStateTransition().getToState();
        if (to == CircuitBreaker.State.OPEN) {
            log.error("VK refused the community's access token (error 5): no calls to VK for {}; replies wait and are "
                    + "retried. Check VK_ACCESS_TOKEN (a community key with the messages and wall rights).", openFor);
        } else if (to == CircuitBreaker.State.CLOSED) {
            log.info("VK accepts the access token again; replies go out.");
        }
    }
}
