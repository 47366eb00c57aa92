package org.appeals.intake.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Author;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Location;
import org.appeals.contracts.ResidentResponded;
import org.appeals.contracts.ResponseKind;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.appeal.AppealStatus;

/**
 * One appeal as intake holds it, for the resident's copy of their data (152-ФЗ): what they wrote, who they said they
 * were, where replies go, what they later wrote back and what they were answered.
 */
record ExportedAppeal(UUID appealId, String registrationNumber, Channel channel, String externalId,
                      Instant receivedAt, AppealStatus status, String text, Author author,
                      Map<String, String> replyTo, Location location, List<String> attachments,
                      List<Response> responses, List<Answer> answers) {

    static ExportedAppeal of(AppealHistory history) {
        AppealReceived received = history.received();
        List<Response> responses = history.events().stream().filter(ResidentResponded.class::isInstance)
                .map(ResidentResponded.class::cast)
                .map(response -> new Response(response.kind(), response.text(), response.rating(), response.solved(),
                        response.occurredAt()))
                .toList();
        List<Answer> answers = history.events().stream().filter(AppealAnswered.class::isInstance)
                .map(AppealAnswered.class::cast)
                .map(answer -> new Answer(answer.kind(), answer.departmentName(), answer.text(), answer.occurredAt()))
                .toList();
        return new ExportedAppeal(history.appealId(), received.registrationNumber(), received.channel(),
                received.externalId(), received.receivedAt(), history.status(), received.text(), received.author(),
                received.replyTo(), received.location(), received.attachments(), responses, answers);
    }

    /** Something the resident wrote back: a clarification, or feedback with its rating. */
    record Response(ResponseKind kind, String text, Integer rating, Boolean solved, Instant at) {
    }

    /** An answer the resident was given (or a question they were asked). */
    record Answer(AnswerKind kind, String departmentName, String text, Instant at) {
    }
}
