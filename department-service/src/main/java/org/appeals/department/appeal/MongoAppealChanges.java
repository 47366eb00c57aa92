package org.appeals.department.appeal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.pushEach;
import static com.mongodb.client.model.Updates.set;
import static org.appeals.department.appeal.BsonValues.date;
import static org.appeals.department.appeal.MongoAppealDocuments.*;

import java.util.ArrayList;
import java.util.List;
import org.appeals.department.appeal.AppealChange.AddedAnswer;
import org.appeals.department.appeal.AppealChange.AddedMessage;
import org.appeals.department.appeal.AppealChange.AppliedEvent;
import org.appeals.department.appeal.AppealChange.FlaggedOverdue;
import org.appeals.department.appeal.AppealChange.Milestone;
import org.appeals.department.appeal.AppealChange.NewAssignment;
import org.appeals.department.appeal.AppealChange.NewDeadlines;
import org.appeals.department.appeal.AppealChange.NewRound;
import org.appeals.department.appeal.AppealChange.NewState;
import org.appeals.department.appeal.AppealChange.NextDue;
import org.appeals.department.appeal.AppealChange.Part;
import org.appeals.department.appeal.AppealChange.ReplacedAnswers;
import org.appeals.support.outbox.OutboxDocuments;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * An {@link AppealChange} as one MongoDB update ({@code $set}, {@code $push}, the events pushed into the outbox and
 * the version raised), and the condition that the appeal is still as it was read.
 */
public final class MongoAppealChanges {

    private MongoAppealChanges() {
    }

    /** The appeal as read, and the change's event not applied since (if it applies one). */
    public static Bson unchangedSince(DepartmentAppeal current, AppealChange change) {
        List<Bson> conditions = new ArrayList<>(List.of(eq(ID, current.appealId().toString()),
                eq(VERSION, current.version())));
        if (change.appliedEventId() != null) {
            conditions.add(ne(APPLIED_EVENTS, change.appliedEventId().toString()));
        }
        return and(conditions);
    }

    /** Everything the change writes, the outbox and the next version included. */
    public static Bson update(AppealChange change) {
        List<Bson> updates = new ArrayList<>();
        change.parts().stream().filter(part -> !(part instanceof FlaggedOverdue))
                .forEach(part -> updates.addAll(updates(part)));
        // one $push for all flags: two pushes to the same field in one update would keep only the last
        List<Document> flags = change.parts().stream().filter(FlaggedOverdue.class::isInstance)
                .map(part -> overdue(((FlaggedOverdue) part).flag())).toList();
        if (!flags.isEmpty()) {
            updates.add(pushEach(OVERDUE, flags));
            updates.add(set(OVERDUE_FLAGGED, true));
        }
        if (!change.events().isEmpty()) {
            updates.add(OutboxDocuments.append(change.events()));
        }
        return combine(combine(updates), inc(VERSION, 1L));
    }

    private static List<Bson> updates(Part part) {
        if (part instanceof NewState p) {
            return List.of(set(STATE, p.state().name()));
        } else if (part instanceof AppliedEvent p) {
            return List.of(addToSet(APPLIED_EVENTS, p.eventId().toString()));
        } else if (part instanceof NewAssignment p) {
            return List.of(set(ASSIGNMENT, MongoPartDocuments.assignment(p.assignment())));
        } else if (part instanceof NewDeadlines p) {
            return List.of(set(DEADLINES, MongoPartDocuments.deadlines(p.deadlines(), p.promise())));
        } else if (part instanceof AddedAnswer p) {
            return List.of(push(ANSWERS, answer(p.answer())));
        } else if (part instanceof ReplacedAnswers p) {
            return List.of(set(ANSWERS, p.answers().stream().map(MongoAppealDocuments::answer).toList()));
        } else if (part instanceof AddedMessage p) {
            return List.of(push(MESSAGES, message(p.message())));
        } else if (part instanceof NewRound p) {
            return List.of(set(PROGRESS, progress(new DepartmentAppeal.Progress(p.at(), null, null, null))),
                    set(OVERDUE, List.<Document>of()), set(OVERDUE_FLAGGED, false));
        } else if (part instanceof Milestone p) {
            return List.of(set(PROGRESS + "." + milestone(p.kind()), date(p.at())));
        } else if (part instanceof NextDue p) {
            return List.of(set(NEXT_DUE_AT, date(p.at())));
        }
        throw new IllegalArgumentException("no update for " + part);
    }

    private static String milestone(Milestone.Kind kind) {
        return switch (kind) {
            case REACTED -> "reactedAt";
            case ANSWERED -> "answeredAt";
            case NOTIFIED -> "notifiedAt";
        };
    }
}
