package org.appeals.ok.outbound;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks again at replies not posted or not reported yet; every instance sweeps, the lease keeps them apart. */
@Component
class ReplySweep {

    private static final int BATCH = 50;

    private final StoredReplies replies;
    private final ReplyDispatcher dispatcher;
    private final Clock clock;

    ReplySweep(StoredReplies replies, ReplyDispatcher dispatcher, Clock clock) {
        this.replies = replies;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${appeals.ok.sweep-interval}", initialDelayString = "${appeals.ok.sweep-interval}")
    void sweep() {
        replies.due(clock.instant(), BATCH).forEach(dispatcher::dispatch);
    }
}
