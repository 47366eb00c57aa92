package org.appeals.ok.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.appeals.ok.api.OkProperties;
import org.appeals.ok.gateway.Gateway;
import org.appeals.ok.gateway.GatewayProblem;
import org.appeals.ok.gateway.Registered;
import org.appeals.ok.thread.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Handles one stored update: a message answering one of the bot's messages ({@code reply_to}), or written while the
 * chat owes the answer to a department's question, is the resident's reply ({@code inReplyTo}); any other message is
 * a new appeal; «статус» is answered with the chat's appeals. The gateway's refusal of the body ends it (logged);
 * its absence is retried with back-off.
 */
@Component
class UpdateProcessor {

    private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final StoredUpdates updates;
    private final StatusReply status;
    private final Threads threads;
    private final Gateway gateway;
    private final InboundMetrics metrics;
    private final OkProperties ok;
    private final JsonMapper json;
    private final Clock clock;

    UpdateProcessor(StoredUpdates updates, StatusReply status, Threads threads, Gateway gateway,
                    InboundMetrics metrics, OkProperties ok, JsonMapper json, Clock clock) {
        this.updates = updates;
        this.status = status;
        this.threads = threads;
        this.gateway = gateway;
        this.metrics = metrics;
        this.ok = ok;
        this.json = json;
        this.clock = clock;
    }

    /** Handles the update if it is pending and no other worker holds it. */
    void process(String mid) {
        Instant now = clock.instant();
        updates.claim(mid, now, now.plus(ok.lease())).ifPresent(this::handle);
    }

    private void handle(StoredUpdates.StoredUpdate stored) {
        Optional<OkUpdate> parsed = OkUpdate.of(json.readTree(stored.json()));
        if (parsed.isEmpty() || !AppealBody.hasContent(parsed.get())) {
            updates.handled(stored.mid(), "ignored");
            metrics.submitted(InboundMetrics.Kind.IGNORED);
            return;
        }
        OkUpdate update = parsed.get();
        if (StatusWords.asksForStatus(update.text())) {
            status.answer(update);
            updates.handled(stored.mid(), "status");
            return;
        }
        String inReplyTo = answeredAppeal(update);
        try {
            Registered registered = gateway.submit(AppealBody.of(update, inReplyTo, clock));
            remember(update, inReplyTo, registered);
            updates.handled(stored.mid(), inReplyTo == null ? "appeal" : "reply");
            metrics.submitted(inReplyTo == null ? InboundMetrics.Kind.APPEAL : InboundMetrics.Kind.REPLY);
        } catch (GatewayProblem problem) {
            failed(stored, problem);
        }
    }

    private String answeredAppeal(OkUpdate update) {
        if (update.replyTo() != null) {
            Optional<String> appeal = threads.appealOfBotMessage(update.replyTo());
            if (appeal.isPresent()) {
                return appeal.get();
            }
        }
        return threads.openQuestion(update.chatId()).orElse(null);
    }

    private void remember(OkUpdate update, String inReplyTo, Registered registered) {
        if (inReplyTo == null) {
            threads.registered(update.chatId(), update.mid(), registered.appealId(), registered.registrationNumber(),
                    registered.accessCode());
        } else {
            threads.questionAnswered(update.chatId(), inReplyTo);
        }
    }

    private void failed(StoredUpdates.StoredUpdate stored, GatewayProblem problem) {
        if (problem.retryable()) {
            long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(stored.attempts(), 16));
            updates.retryAt(stored.mid(), clock.instant().plusSeconds(seconds), problem.getMessage());
            log.warn("update {} not registered yet, again in {} s: {}", stored.mid(), seconds, problem.getMessage());
        } else {
            updates.handled(stored.mid(), "refused: " + problem.getMessage());
            metrics.submitted(InboundMetrics.Kind.FAILED);
            log.error("the gateway refused the appeal of update {}: {}", stored.mid(), problem.getMessage());
        }
    }
}
