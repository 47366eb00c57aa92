package org.appeals.gateway.keys;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Machine keys ({@code appeals.gateway.keys}).
 *
 * @param cacheTtl how long a looked-up key is reused without asking the store: a revocation made through another
 *                 gateway instance takes up to this long to bite (at once on the instance that revoked it)
 * @param lastUsedInterval a key's last use is written at most this often
 * @param defaultGraceHours how long the old key of a rotation keeps working when the request does not say
 * @param maxGraceHours the longest grace a rotation may ask for
 */
@ConfigurationProperties("appeals.gateway.keys")
record KeyProperties(@DefaultValue("5s") Duration cacheTtl, @DefaultValue("1m") Duration lastUsedInterval,
                     @DefaultValue("24") int defaultGraceHours, @DefaultValue("720") int maxGraceHours) {
}
