package org.appeals.department.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on what clients may send.
 *
 * @param maxRequestBytes largest request body accepted; larger ones get 413 before they are read
 */
@ConfigurationProperties("appeals.department.web")
public record WebProperties(Long maxRequestBytes) {

    public WebProperties {
        maxRequestBytes = maxRequestBytes == null ? 131_072L : maxRequestBytes;
    }
}
