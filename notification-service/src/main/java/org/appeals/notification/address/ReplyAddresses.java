package org.appeals.notification.address;

import java.util.Optional;
import java.util.UUID;

/** The reply addresses of appeals, one per appeal. */
public interface ReplyAddresses {

    /** Stores the address, replacing any earlier one for the same appeal (a replayed event changes nothing). */
    void remember(ReplyAddress address);

    /** The appeal's address, if appeals.received has been seen for it. */
    Optional<ReplyAddress> find(UUID appealId);
}
