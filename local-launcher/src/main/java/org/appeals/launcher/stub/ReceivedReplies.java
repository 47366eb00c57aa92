package org.appeals.launcher.stub;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Replies received so far, newest first; a delivery id seen before is not added again (adapters are idempotent). */
final class ReceivedReplies {

    private static final int KEEP = 1000;

    private final Deque<ReceivedReply> newestFirst = new ArrayDeque<>();
    private final Set<UUID> deliveryIds = new HashSet<>();

    /** True if the reply's delivery id is new, i.e. the reply is to be posted (printed). */
    synchronized boolean addIfNew(ReceivedReply reply) {
        if (!deliveryIds.add(reply.deliveryId())) {
            return false;
        }
        newestFirst.addFirst(reply);
        if (newestFirst.size() > KEEP) {
            // the delivery id stays remembered, so a late redelivery of an old reply still prints nothing
            newestFirst.removeLast();
        }
        return true;
    }

    synchronized List<ReceivedReply> newestFirst() {
        return List.copyOf(newestFirst);
    }
}
