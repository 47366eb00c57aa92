package org.appeals.intake.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealNotified;
import org.appeals.contracts.AppealOverdue;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.AppealStateChanged;
import org.appeals.contracts.Author;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.DeadlineKind;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.DeliveryOutcome;
import org.appeals.contracts.Location;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.ResidentResponded;
import org.appeals.contracts.ResponseKind;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.RoutingReason;
import org.appeals.contracts.WorkflowState;
import org.appeals.contracts.WorkflowStep;

/** Events of one appeal about a pothole in Mikhailovka, each with a fresh eventId, at the instants a test picks. */
public final class Events {

    public static final Instant T0 = Instant.parse("2026-11-20T08:15:30Z");
    public static final String ROADS_DEPARTMENT = "Отдел дорожного хозяйства администрации городского округа город Михайловка";

    private Events() {
    }

    public static AppealReceived received(UUID appealId, Instant at) {
        return new AppealReceived(AppealReceived.SCHEMA_VERSION, UUID.randomUUID(), appealId, at, Channel.VK,
                "wall-" + appealId, "На улице Мира в Михайловке яма", new Author("vk-id-77", "Мария", "+79001234567"),
                Map.of("ownerId", "-201", "postId", "1001"), new Location("Михайловка, ул. Мира", 50.06, 43.24),
                List.of("https://example.org/photo/1.jpg"), at.minusSeconds(1));
    }

    public static AppealAssigned assigned(UUID appealId, Instant at) {
        return placed(appealId, at, RoutingMethod.AUTO, Category.ROADS, Municipality.MIKHAILOVKA,
                "mikhailovka-roads", ROADS_DEPARTMENT);
    }

    public static AppealAssigned placed(UUID appealId, Instant at, RoutingMethod method, Category category,
                                        Municipality municipality, String departmentId, String departmentName) {
        return new AppealAssigned(AppealAssigned.SCHEMA_VERSION, UUID.randomUUID(), appealId, at,
                RoutingOutcome.ASSIGNED, method, category, municipality, departmentId, departmentName,
                new RoutingReason("municipal:" + category, List.of("яма"), 0.82, "category " + category),
                new Deadlines(at.plusSeconds(9 * 3600), at.plusSeconds(7 * 86400)));
    }

    public static AppealAssigned triage(UUID appealId, Instant at) {
        return new AppealAssigned(AppealAssigned.SCHEMA_VERSION, UUID.randomUUID(), appealId, at,
                RoutingOutcome.TRIAGE, RoutingMethod.AUTO, Category.OTHER, Municipality.UNKNOWN, null, null,
                new RoutingReason("triage", List.of(), 0.1, "nothing matched"), new Deadlines(null, null));
    }

    public static AppealAnswered answered(UUID appealId, AnswerKind kind, Instant at) {
        return new AppealAnswered(AppealAnswered.SCHEMA_VERSION, UUID.randomUUID(), appealId, at, UUID.randomUUID(),
                "mikhailovka-roads", ROADS_DEPARTMENT, kind, "Яма заделана 21 ноября.", null);
    }

    public static AppealAnswered interim(UUID appealId, Instant at, LocalDate promisedBy) {
        return new AppealAnswered(AppealAnswered.SCHEMA_VERSION, UUID.randomUUID(), appealId, at, UUID.randomUUID(),
                "mikhailovka-roads", ROADS_DEPARTMENT, AnswerKind.INTERIM, "Работы запланированы.", promisedBy);
    }

    public static AppealStateChanged moved(UUID appealId, WorkflowState from, WorkflowState to, WorkflowStep step,
                                           Instant at) {
        return new AppealStateChanged(AppealStateChanged.SCHEMA_VERSION, UUID.randomUUID(), appealId, at,
                "mikhailovka-roads", from, to, step, null, null);
    }

    public static AppealStateChanged movedWith(UUID appealId, WorkflowState to, Deadlines deadlines,
                                               UUID incidentId, Instant at) {
        return new AppealStateChanged(AppealStateChanged.SCHEMA_VERSION, UUID.randomUUID(), appealId, at,
                "mikhailovka-roads", null, to, WorkflowStep.ACCEPT, deadlines, incidentId);
    }

    public static AppealOverdue overdue(UUID appealId, DeadlineKind deadline, Instant dueAt, Instant at) {
        return new AppealOverdue(AppealOverdue.SCHEMA_VERSION, UUID.randomUUID(), appealId, at, "mikhailovka-roads",
                deadline, dueAt);
    }

    public static ResidentResponded feedback(UUID appealId, int rating, boolean solved, Instant at) {
        return new ResidentResponded(ResidentResponded.SCHEMA_VERSION, UUID.randomUUID(), appealId, at,
                UUID.randomUUID(), Channel.VK, "vk-comment-" + UUID.randomUUID(), ResponseKind.FEEDBACK,
                "Яму засыпали щебнем, через день снова провал", rating, solved);
    }

    public static AppealNotified notified(UUID appealId, AnswerKind kind, DeliveryOutcome outcome, Instant at) {
        return new AppealNotified(AppealNotified.SCHEMA_VERSION, UUID.randomUUID(), appealId, at, UUID.randomUUID(),
                UUID.randomUUID(), Channel.VK, kind, outcome, 1, "webhook 200");
    }
}
