package org.appeals.resident.form;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code appeals.resident.form.*}: the longest text the form takes and the map's tiles ({@code tilesUrl} empty: the
 * map is a grey field that still takes a click, for a run without the internet).
 */
@ConfigurationProperties("appeals.resident.form")
public record FormProperties(int maxText, String tilesUrl, String tilesAttribution) {

    public FormProperties {
        tilesUrl = tilesUrl == null ? "" : tilesUrl.trim();
        tilesAttribution = tilesAttribution == null ? "" : tilesAttribution.trim();
    }
}
