package org.appeals.department.inbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much of an inbox one request returns.
 *
 * @param defaultLimit items returned when the client names no limit
 * @param maxLimit the most items a client may ask for at once
 */
@ConfigurationProperties("appeals.department.inbox")
record InboxProperties(Integer defaultLimit, Integer maxLimit) {

    InboxProperties {
        defaultLimit = defaultLimit == null ? 50 : defaultLimit;
        maxLimit = maxLimit == null ? 200 : maxLimit;
    }
}
