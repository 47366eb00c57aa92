package org.appeals.department.incident;

import java.util.List;

/** Incidents listed over HTTP, the latest report first. */
record IncidentPage(List<IncidentView> items) {
}
