package org.appeals.gateway.keys;

import java.security.SecureRandom;
import java.util.Base64;

/** Fresh machine keys: 32 random bytes, URL-safe base64, prefixed so a leaked key is recognisable in a scan. */
final class NewKeys {

    static final String PREFIX = "apk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private NewKeys() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
