package org.appeals.console.deliveries;

import java.util.Arrays;
import java.util.UUID;
import org.appeals.contracts.Channel;

/**
 * Where a re-send returns: the appeal card it was pressed on, or the parked list with its channel filter. Both come
 * from the form, so only an appeal id and a known channel are taken from it: nothing else can steer the redirect.
 */
record ResendTarget(String path) {

    static ResendTarget of(String appealId, String channel) {
        if (appealId != null && !appealId.isBlank()) {
            try {
                return new ResendTarget("/appeals/" + UUID.fromString(appealId.strip()));
            } catch (IllegalArgumentException notAnId) {
                // fall through to the list
            }
        }
        boolean knownChannel = channel != null
                && Arrays.stream(Channel.values()).anyMatch(c -> c.name().equals(channel.strip()));
        return new ResendTarget(knownChannel ? "/deliveries?channel=" + channel.strip() : "/deliveries");
    }

    String redirect() {
        return "redirect:" + path;
    }
}
