package org.appeals.telegram.inbound;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The port to the held drafts: at most one per chat. */
interface Drafts {

    Optional<Draft> of(long chatId);

    void hold(Draft draft);

    /** Drafts whose wait is over. */
    List<Draft> due(Instant now);

    void remove(long chatId);
}
