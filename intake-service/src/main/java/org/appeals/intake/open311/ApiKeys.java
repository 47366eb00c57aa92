package org.appeals.intake.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.appeals.support.identity.Secrets;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The {@code api_key} an Open311 client posts with. The gateway lets {@code /open311/**} through without its own
 * key, so intake checks this one itself, in constant time. A demo key ({@code demo-…}) counts only when demo mode
 * was asked for ({@code APPEALS_DEMO=true}), so a forgotten demo setting opens nothing in production.
 */
@Component
class ApiKeys {

    private final List<String> keys;

    ApiKeys(Open311Properties properties, Environment environment) {
        boolean demo = Secrets.demo(environment);
        this.keys = properties.apiKeys().stream().filter(key -> demo || !key.startsWith("demo-")).toList();
    }

    void require(String apiKey) {
        if (apiKey == null || keys.stream().noneMatch(key -> sameKey(key, apiKey))) {
            throw new Open311Exception(HttpStatus.FORBIDDEN, "api_key was not provided or is invalid");
        }
    }

    private static boolean sameKey(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
