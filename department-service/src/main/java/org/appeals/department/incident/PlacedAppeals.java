package org.appeals.department.incident;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.appeals.department.appeal.Appeals;
import org.appeals.department.appeal.Assignment;
import org.appeals.department.appeal.Content;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.events.IncidentHook;
import org.appeals.department.workflow.IncidentLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Groups an appeal once it is in a department's inbox, from what the department service knows of it, and tells
 * the workflow which incident an appeal is in. Grouping is
 * an aid to the department, not part of placing the appeal: a failure here is logged and never undoes a placement.
 */
@Component
class PlacedAppeals implements IncidentHook, IncidentLookup {

    private static final Logger log = LoggerFactory.getLogger(PlacedAppeals.class);

    private final Appeals appeals;
    private final Incidents incidents;

    PlacedAppeals(Appeals appeals, Incidents incidents) {
        this.appeals = appeals;
        this.incidents = incidents;
    }

    @Override
    public void placed(UUID appealId) {
        try {
            appeals.find(appealId).filter(appeal -> appeal.assignment() != null).map(PlacedAppeals::report)
                    .flatMap(incidents::consider)
                    .ifPresent(incident -> log.info("appeal {} is in incident {}", appealId, incident));
        } catch (RuntimeException e) {
            log.warn("appeal {} could not be grouped into an incident: {}", appealId, e.toString());
        }
    }

    @Override
    public Optional<UUID> incidentOf(UUID appealId) {
        try {
            return incidents.incidentOf(appealId).map(IncidentView::incidentId);
        } catch (RuntimeException e) {
            // an event without its incident id is still the right event; the view asks again later
            log.warn("incident of appeal {} not known now: {}", appealId, e.toString());
            return Optional.empty();
        }
    }

    private static IncidentReport report(DepartmentAppeal appeal) {
        Assignment assignment = appeal.assignment();
        Content content = appeal.content();
        Instant receivedAt = content != null && content.receivedAt() != null ? content.receivedAt()
                : assignment.assignedAt() != null ? assignment.assignedAt() : Instant.now();
        return new IncidentReport(appeal.appealId(), assignment.departmentId(), assignment.category(),
                assignment.municipality(), content == null ? null : content.text(),
                content == null ? null : content.location(), receivedAt);
    }
}
