package org.appeals.gateway.keys;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.appeals.contracts.Actor;
import org.appeals.gateway.identity.Fingerprints;
import org.appeals.support.web.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo keys the README lists, put in the store at start in demo mode only. Idempotent: a key already there
 * (even one an admin revoked since) is left as it is. They work only while demo mode is on.
 */
final class DemoKeys {

    private static final Logger log = LoggerFactory.getLogger(DemoKeys.class);

    private record Demo(String key, KeyScope scope) {
    }

    private static final List<Demo> KEYS = List.of(
            channel("demo-channel-vk", "vk-adapter", "VK"),
            channel("demo-channel-ok", "ok-adapter", "OK"),
            channel("demo-channel-telegram", "telegram-adapter", "TELEGRAM"),
            channel("demo-channel-pos", "pos-adapter", "POS"),
            channel("demo-channel-email", "email-adapter", "EMAIL"),
            channel("demo-channel-web", "web-form", "WEB"),
            new Demo("demo-operator", new KeyScope("operator-console", Role.OPERATOR, null, Set.of())),
            new Demo("demo-admin", new KeyScope("platform-admin", Role.ADMIN, null, Set.of())));

    private DemoKeys() {
    }

    static void seed(KeyStore store, Clock clock) {
        int added = 0;
        for (Demo demo : KEYS) {
            byte[] digest = Fingerprints.sha256(demo.key());
            String id = Fingerprints.of("key", digest);
            StoredKey key = StoredKey.issued(Fingerprints.hex(digest), id, demo.scope(), clock.instant(),
                    Actor.SYSTEM, null, true);
            if (store.insertIfAbsent(key)) {
                store.record(new KeyAction(clock.instant(), KeyAction.Type.SEEDED, id, demo.scope().client(),
                        Actor.SYSTEM, "demo mode"));
                added++;
            }
        }
        log.info("demo mode: {} demo keys in the store ({} added now)", KEYS.size(), added);
    }

    private static Demo channel(String key, String client, String channel) {
        return new Demo(key, new KeyScope(client, Role.CHANNEL, channel, Set.of()));
    }
}
