package org.appeals.intake.registration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How registration numbers begin.
 *
 * @param regionCode the region's two-digit code (34: Волгоградская область), the first part of every number
 */
@ConfigurationProperties("appeals.intake.registration")
record RegistrationProperties(String regionCode) {

    RegistrationProperties {
        regionCode = regionCode == null || regionCode.isBlank() ? "34" : regionCode.strip();
        if (!regionCode.matches("\\d{2}")) {
            throw new IllegalArgumentException("appeals.intake.registration.region-code must be two digits, not "
                    + regionCode);
        }
    }
}
