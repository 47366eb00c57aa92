package org.appeals.intake.response;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.appeals.contracts.ResidentResponded;
import org.appeals.intake.appeal.AppealHistories;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.appeal.AppealStatus;
import org.appeals.intake.appeal.Responses;
import org.appeals.support.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Accepts a resident's response once per channel and external id, for an appeal that came through that channel.
 * The response is stored with its event in one write, then the event is published; one the broker did not take waits
 * in the response's outbox for the relay, so the response is accepted all the same. A repeat answers the stored
 * response before any other check, so the same post always gets the same answer, whatever happened to the appeal
 * since.
 */
@Service
public class ResidentResponses {

    private static final Logger log = LoggerFactory.getLogger(ResidentResponses.class);

    /** Feedback rates the final answer, so it needs one. */
    private static final Set<AppealStatus> FINALLY_ANSWERED = EnumSet.of(AppealStatus.ANSWERED, AppealStatus.NOTIFIED,
            AppealStatus.CLOSED, AppealStatus.DELIVERY_FAILED);

    private final AppealHistories histories;
    private final Responses responses;
    private final ResponseMetrics metrics;
    private final Clock clock;

    ResidentResponses(AppealHistories histories, Responses responses, ResponseMetrics metrics, Clock clock) {
        this.histories = histories;
        this.responses = responses;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** A message the channel relays in reply to one of its appeals: a clarification, or feedback if it rates. */
    public Responded reply(NewResponse response) {
        AppealHistory appeal = appealOf(response);
        Channel channel = appeal.channel().orElseThrow();
        return repeatOf(channel, response).orElseGet(() -> accept(appeal, channel, response));
    }

    /** Feedback on the final answer; a conflict while the appeal has none. */
    public Responded feedback(NewResponse response) {
        AppealHistory appeal = appealOf(response);
        Channel channel = appeal.channel().orElseThrow();
        return repeatOf(channel, response).orElseGet(() -> {
            requireFinalAnswer(appeal);
            return accept(appeal, channel, response);
        });
    }

    /**
     * Feedback that counts once: empty, and nothing stored, when a response with its external id was stored before
     * (also by a concurrent post that won the race), where {@link #feedback} would answer that response again.
     */
    public Optional<Responded> feedbackOnce(NewResponse response) {
        AppealHistory appeal = appealOf(response);
        Channel channel = appeal.channel().orElseThrow();
        if (repeatOf(channel, response).isPresent()) {
            return Optional.empty();
        }
        requireFinalAnswer(appeal);
        return acceptNew(appeal, channel, response);
    }

    private static void requireFinalAnswer(AppealHistory appeal) {
        if (!FINALLY_ANSWERED.contains(appeal.status())) {
            throw ApiException.conflict("The appeal has no final answer yet, so there is nothing to rate.");
        }
    }

    /** Only an appeal registered here through the response's channel: any other answers exactly like a missing one. */
    private AppealHistory appealOf(NewResponse response) {
        return histories.find(response.appealId())
                .filter(history -> history.channel().isPresent())
                .filter(history -> response.channel() == null || history.channel().get() == response.channel())
                .orElseThrow(() -> ApiException.notFound("No appeal with this id."));
    }

    private Optional<Responded> repeatOf(Channel channel, NewResponse response) {
        if (response.externalId() == null) {
            return Optional.empty();
        }
        return responses.find(channel, response.externalId()).map(this::answer);
    }

    private Responded accept(AppealHistory appeal, Channel channel, NewResponse response) {
        Responses.Stored stored = store(channel, response);
        // not created: a concurrent repeat stored it first, and that one is the answer
        return stored.created() ? accepted(appeal, stored) : answer(stored.response());
    }

    /** Empty when a concurrent repeat stored the response first. */
    private Optional<Responded> acceptNew(AppealHistory appeal, Channel channel, NewResponse response) {
        Responses.Stored stored = store(channel, response);
        return stored.created() ? Optional.of(accepted(appeal, stored)) : Optional.empty();
    }

    private Responses.Stored store(Channel channel, NewResponse response) {
        ResidentResponded event = response.toEvent(channel, UUID.randomUUID(), UUID.randomUUID(), clock.instant());
        Responses.Stored stored = responses.store(event);
        if (stored.created()) {
            metrics.accepted(event.kind(), channel);
            log.info("{} {} accepted for appeal {} from {}", event.kind(), event.responseId(), event.appealId(),
                    channel);
            responses.publish(event); // false is fine: the event waits in the response's outbox for the relay
        }
        return stored;
    }

    private static Responded accepted(AppealHistory appeal, Responses.Stored stored) {
        return new Responded(appeal.appealId(), appeal.status(), stored.response().responseId());
    }

    private Responded answer(ResidentResponded stored) {
        AppealStatus status = histories.find(stored.appealId()).map(AppealHistory::status).orElse(AppealStatus.RECEIVED);
        return new Responded(stored.appealId(), status, stored.responseId());
    }
}
