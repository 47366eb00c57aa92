package org.appeals.vk.reply;

import java.time.Clock;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Takes up replies not finished (VK or the gateway away, token refused, instance died) once their lease ran out. */
@Component
class ReplySweeper {

    static final int BATCH = 50;

    private final Replies replies;
    private final ReplySender sender;
    private final Clock clock;

    ReplySweeper(Replies replies, ReplySender sender, Clock clock) {
        this.replies = replies;
        this.sender = sender;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${appeals.vk.sweep-interval:15s}", initialDelayString = "${appeals.vk.sweep-interval:15s}")
    void sweep() {
        for (int i = 0; i < BATCH; i++) {
            Optional<PendingReply> due = replies.claimDue(clock.instant(), sender.leaseFromNow());
            if (due.isEmpty()) {
                return;
            }
            sender.send(due.get());
        }
    }
}
