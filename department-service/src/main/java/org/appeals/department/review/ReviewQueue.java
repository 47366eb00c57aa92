package org.appeals.department.review;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.appeals.department.appeal.DepartmentAppeal;

/** The final answers waiting for the operators. */
interface ReviewQueue {

    /**
     * Appeals in review, oldest change first; all departments when {@code departmentId} is null, all municipalities
     * when {@code municipalities} is null.
     */
    List<DepartmentAppeal> waiting(String departmentId, Set<String> municipalities, int limit);

    /** How many appeals wait for review with an answer given through the incident answer {@code incidentAnswerId}. */
    long waitingWith(UUID incidentAnswerId);
}
