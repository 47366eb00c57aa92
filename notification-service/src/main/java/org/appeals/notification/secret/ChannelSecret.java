package org.appeals.notification.secret;

import java.time.Instant;
import java.util.List;
import org.appeals.contracts.Actor;
import org.appeals.contracts.Channel;

/**
 * A channel's webhook secret as it stands: the environment's initial one ({@code version} 0, no {@code createdAt}
 * nor {@code rotatedBy}) or the latest rotation's, with the secret it replaced and how long that one stays valid.
 */
record ChannelSecret(Channel channel, String secret, Instant createdAt, Actor rotatedBy, String previous,
                     Instant previousValidUntil, long version) {

    static ChannelSecret initial(Channel channel, String secret) {
        return new ChannelSecret(channel, secret, null, null, null, null, 0);
    }

    /** The next secret: this one stays valid for signing until {@code previousValidUntil}. */
    ChannelSecret rotatedTo(String next, Instant now, Instant previousValidUntil, Actor actor) {
        return new ChannelSecret(channel, next, now, actor, secret, previousValidUntil, version + 1);
    }

    /** The secrets to sign with at {@code now}: the current one, and the previous one until its grace ends. */
    List<String> validAt(Instant now) {
        if (previous != null && previousValidUntil != null && now.isBefore(previousValidUntil)) {
            return List.of(secret, previous);
        }
        return List.of(secret);
    }

    boolean rotated() {
        return version > 0;
    }

    /** Leaves out both secrets. */
    @Override
    public String toString() {
        return "ChannelSecret[channel=" + channel + ", createdAt=" + createdAt + ", rotatedBy=" + rotatedBy
                + ", previousValidUntil=" + previousValidUntil + ", version=" + version + "]";
    }
}
