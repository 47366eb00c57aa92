package org.appeals.department.incident;

import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;

/** What every report of one incident shares: the department that answers, the category and the municipality. */
record IncidentKey(String departmentId, Category category, Municipality municipality) {
}
