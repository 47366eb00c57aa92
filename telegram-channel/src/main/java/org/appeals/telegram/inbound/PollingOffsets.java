package org.appeals.telegram.inbound;

/** The port to long polling's offset: the first update_id not yet stored in the inbox. */
interface PollingOffsets {

    long next();

    void store(long next);
}
