package org.appeals.notification.secret;

import java.util.Optional;
import org.appeals.contracts.Channel;

/** The rotated secrets, shared by every instance of the service. */
interface SecretStore {

    Optional<ChannelSecret> find(Channel channel);

    /**
     * Stores {@code next} if the channel's stored secret is still at {@code next.version() - 1} (none stored for
     * version 1); false when another rotation came first.
     */
    boolean save(ChannelSecret next);
}
