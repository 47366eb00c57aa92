package org.appeals.intake.registration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the registration endpoint.
 *
 * @param maxBodySize the largest body accepted; a text of 10 000 characters, all escaped, fits well within the default
 */
@ConfigurationProperties("appeals.intake.registration")
record RegistrationProperties(DataSize maxBodySize) {

    RegistrationProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(256) : maxBodySize;
    }
}
