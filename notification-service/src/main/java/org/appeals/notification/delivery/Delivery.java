package org.appeals.notification.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.Channel;
import org.appeals.notification.render.Notice;

/**
 * A reply on its way to a resident: a department's answer, or a status notice ({@code notice} set, {@code answerId},
 * {@code answerKind} and {@code answerText} null). {@code sequence} orders an appeal's deliveries (the offset of the
 * answer's record: one appeal's events share a partition; notices come first); {@code channel} is null until the
 * reply address is known; {@code claim} is the token of the worker currently holding it, if any; {@code promisedBy}
 * is the date an interim answer promises the final one by, else null; {@code resends} counts operators' re-sends
 * and {@code resentBy} says who made them (oldest first; empty for re-sends made before actors were recorded);
 * {@code receipt} is what the adapter reported, if it did.
 */
public record Delivery(UUID id, UUID appealId, long sequence, UUID answerId, AnswerKind answerKind, Notice notice,
                       String departmentName, String answerText, LocalDate promisedBy, Channel channel,
                       DeliveryState state, List<Attempt> attempts, boolean outboundPublished, String detail,
                       Instant createdAt, Instant finishedAt, String claim, int resends, Receipt receipt,
                       List<Resend> resentBy) {

    public Delivery {
        attempts = List.copyOf(attempts);
        resentBy = resentBy == null ? List.of() : List.copyOf(resentBy);
    }

    /** A new delivery of an answer; it waits for an address when {@code channel} is not known yet. */
    public static Delivery of(AppealAnswered answer, long sequence, Channel channel, Instant now) {
        return new Delivery(DeliveryIds.forAnswerEvent(answer.eventId()), answer.appealId(), sequence, answer.answerId(),
                answer.kind(), null, answer.departmentName(), answer.text(), answer.promisedBy(), channel,
                initialState(channel), List.of(), false, null, now, null, null, 0, null, List.of());
    }

    /** A new status notice; notices go before the appeal's answers, registration before assignment. */
    public static Delivery notice(UUID id, UUID appealId, Notice notice, String departmentName, Channel channel,
                                  Instant now) {
        long sequence = notice.ordinal() - (long) Notice.values().length;
        return new Delivery(id, appealId, sequence, null, null, notice, departmentName, null, null, channel,
                initialState(channel), List.of(), false, null, now, null, null, 0, null, List.of());
    }

    private static DeliveryState initialState(Channel channel) {
        return channel == null ? DeliveryState.AWAITING_ADDRESS : DeliveryState.PENDING;
    }

    public int attemptCount() {
        return attempts.size();
    }

    /** Leaves out the answer text, which may quote the resident. */
    @Override
    public String toString() {
        return "Delivery[id=" + id + ", appealId=" + appealId + ", channel=" + channel + ", state=" + state
                + ", notice=" + notice + ", attempts=" + attempts.size() + "]";
    }
}
