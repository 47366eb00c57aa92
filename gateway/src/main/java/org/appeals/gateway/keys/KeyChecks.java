package org.appeals.gateway.keys;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.appeals.contracts.Channel;

/** Refuses a key configuration that would let a key stand for nobody, for two clients, or for a bad scope. */
final class KeyChecks {

    private KeyChecks() {
    }

    static List<KeyProperties.Key> checked(List<KeyProperties.Key> keys) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            KeyProperties.Key key = keys.get(i);
            String where = "appeals.gateway.keys[" + i + "]";
            require(key.key() != null && !key.key().isBlank(), where + ".key is empty");
            require(key.client() != null && !key.client().isBlank(), where + ".client is empty");
            require(key.role() != null, where + ".role is missing");
            require(scopeFits(key), where + ".scope does not fit role " + key.role());
            require(seen.add(key.key()), where + ".key is issued twice");
        }
        return keys;
    }

    private static boolean scopeFits(KeyProperties.Key key) {
        return switch (key.role()) {
            case CHANNEL -> isChannel(key.scope());
            case DEPARTMENT -> DepartmentIds.isWellFormed(key.scope());
            case OPERATOR, ADMIN -> true;
        };
    }

    private static boolean isChannel(String scope) {
        for (Channel channel : Channel.values()) {
            if (channel.name().equals(scope)) {
                return true;
            }
        }
        return false;
    }

    private static void require(boolean condition, String problem) {
        // the message names the entry, never the key itself
        if (!condition) {
            throw new IllegalStateException("Invalid API key configuration: " + problem);
        }
    }
}
