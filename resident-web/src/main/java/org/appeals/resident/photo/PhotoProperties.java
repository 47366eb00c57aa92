package org.appeals.resident.photo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code appeals.resident.photos.*}: how many photos one appeal may carry, how big each file may be, and how many
 * pixels a decoded photo may have.
 */
@ConfigurationProperties("appeals.resident.photos")
public record PhotoProperties(int maxCount, DataSize maxBytes, long maxPixels) {
}
