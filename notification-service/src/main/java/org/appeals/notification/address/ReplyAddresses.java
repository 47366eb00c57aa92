package org.appeals.notification.address;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.ErasureReason;

/** The reply addresses of appeals, one per appeal. */
public interface ReplyAddresses {

    /**
     * Stores the address, replacing any earlier one for the same appeal (a replayed event changes nothing); false,
     * storing nothing, once the appeal's personal data is erased: a late or replayed registration brings none back.
     */
    boolean remember(ReplyAddress address);

    /**
     * Erases the resident's name, reply address and access code of the appeal for good, keeping the channel; an
     * appeal whose address was never seen gets a tombstone, so its registration, if it comes later, is not stored.
     */
    void erase(UUID appealId, ErasureReason reason, Instant at);

    /** The appeal's address (perhaps erased), if appeals.received has been seen for it. */
    Optional<ReplyAddress> find(UUID appealId);
}
