package org.appeals.intake.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The {@code api_key} an Open311 client posts with. The gateway lets {@code /open311/**} through without its own
 * key, so intake checks this one itself, in constant time.
 */
@Component
class ApiKeys {

    private final Open311Properties properties;

    ApiKeys(Open311Properties properties) {
        this.properties = properties;
    }

    void require(String apiKey) {
        if (apiKey == null || properties.apiKeys().stream().noneMatch(key -> sameKey(key, apiKey))) {
            throw new Open311Exception(HttpStatus.FORBIDDEN, "api_key was not provided or is invalid");
        }
    }

    private static boolean sameKey(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
