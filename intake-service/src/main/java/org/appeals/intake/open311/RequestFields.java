package org.appeals.intake.open311;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Category;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.Location;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.appeal.AppealStatus;

/**
 * An Open311 request as GET shows it, from intake's history of the appeal. Open311 responses are public, so the
 * resident's name, e-mail, phone and account are never among the fields, and the answer's text is not either (an
 * answer often addresses the resident by name): {@code status_notes} says where the request stands in words of our
 * own. The description is the resident's, who posted it to a public API.
 */
final class RequestFields {

    private RequestFields() {
    }

    static Map<String, Object> of(AppealHistory history) {
        AppealReceived received = history.received();
        Category service = Open311Ids.serviceOf(received.externalId()).orElseThrow();
        AppealStatus status = history.status();
        Location location = Objects.requireNonNullElse(received.location(), new Location(null, null, null));
        return Fields.of(
                "service_request_id", history.appealId().toString(),
                "status", Open311Status.of(status).code(),
                "status_notes", StatusNotes.of(status),
                "service_name", service.displayName(),
                "service_code", service.name(),
                "description", received.text(),
                "agency_responsible", history.latestAssignment().map(AppealAssigned::departmentName).orElse(null),
                "service_notice", null,
                "requested_datetime", text(received.receivedAt()),
                "updated_datetime", text(updatedAt(history)),
                "expected_datetime", text(history.deadlines().map(Deadlines::answerDue).orElse(null)),
                "address", location.address(),
                "address_id", null,
                "zipcode", null,
                "lat", location.lat(),
                "long", location.lon(),
                "media_url", first(received.attachments()));
    }

    private static Instant updatedAt(AppealHistory history) {
        List<AppealEvent> timeline = history.timeline();
        return timeline.get(timeline.size() - 1).occurredAt();
    }

    private static String first(List<String> urls) {
        return urls == null || urls.isEmpty() ? null : urls.get(0);
    }

    /** W3C date-time in UTC, e.g. 2026-11-20T08:15:29Z. */
    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
