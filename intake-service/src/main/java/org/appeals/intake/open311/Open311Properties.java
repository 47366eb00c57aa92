package org.appeals.intake.open311;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Open311 settings.
 *
 * @param apiKeys the keys an Open311 client must send as {@code api_key} to post a request (reading needs none)
 * @param maxRequests the most requests one search answers
 * @param defaultWindow how far back a search without dates looks (the spec's 90 days)
 */
@ConfigurationProperties("appeals.intake.open311")
record Open311Properties(List<String> apiKeys, Integer maxRequests, Duration defaultWindow) {

    Open311Properties {
        apiKeys = apiKeys == null ? List.of() : apiKeys.stream().filter(key -> !key.isBlank()).toList();
        maxRequests = maxRequests == null ? 1000 : maxRequests;
        defaultWindow = defaultWindow == null ? Duration.ofDays(90) : defaultWindow;
    }
}
