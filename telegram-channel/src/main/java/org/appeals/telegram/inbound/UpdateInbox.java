package org.appeals.telegram.inbound;

import java.util.List;

/** The port to the updates received and not yet handled, unique on update_id. */
interface UpdateInbox {

    /** Stores the update; false if this update_id is already there (Telegram re-sent it). */
    boolean record(long updateId, String json);

    /** Updates still to handle, in update_id order (Telegram's order). */
    List<StoredUpdate> pending(int limit);

    /** Handled (or given up on, with the reason): never handled again. */
    void done(long updateId, String outcome);

    /** One more failed attempt; returns how many there have been. */
    int failed(long updateId, String reason);

    record StoredUpdate(long updateId, String json) {
    }
}
