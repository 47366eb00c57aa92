package org.appeals.notification.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.Channel;

/**
 * A reply on its way to a resident. {@code sequence} orders an appeal's answers (the offset of the answer's record:
 * one appeal's events share a partition); {@code channel} is null until the reply address is known; {@code claim}
 * is the token of the worker currently holding it, if any; {@code promisedBy} is the date an interim answer promises
 * the final one by, else null.
 */
public record Delivery(UUID id, UUID appealId, long sequence, UUID answerId, AnswerKind answerKind, String departmentName,
                       String answerText, LocalDate promisedBy, Channel channel, DeliveryState state,
                       List<Attempt> attempts, boolean outboundPublished, String detail, Instant createdAt,
                       Instant finishedAt, String claim) {

    public Delivery {
        attempts = List.copyOf(attempts);
    }

    /** A new delivery of an answer; it waits for an address when {@code channel} is not known yet. */
    public static Delivery of(AppealAnswered answer, long sequence, Channel channel, Instant now) {
        DeliveryState state = channel == null ? DeliveryState.AWAITING_ADDRESS : DeliveryState.PENDING;
        return new Delivery(DeliveryIds.forAnswerEvent(answer.eventId()), answer.appealId(), sequence, answer.answerId(),
                answer.kind(), answer.departmentName(), answer.text(), answer.promisedBy(), channel, state, List.of(),
                false, null, now, null, null);
    }

    public int attemptCount() {
        return attempts.size();
    }

    /** Leaves out the answer text, which may quote the resident. */
    @Override
    public String toString() {
        return "Delivery[id=" + id + ", appealId=" + appealId + ", channel=" + channel + ", state=" + state
                + ", attempts=" + attempts.size() + "]";
    }
}
