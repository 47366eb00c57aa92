package org.appeals.department.overdue;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static org.appeals.department.appeal.BsonValues.date;
import static org.appeals.department.appeal.MongoAppealDocuments.*;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.appeals.contracts.WorkflowState;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.appeal.MongoAppealDocuments;
import org.appeals.department.appeal.StateMachine;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/** Deadlines and states looked up across the {@code appeals} collection, with the indexes that needs. */
@Repository
class MongoOverdueStore implements OverdueStore {

    private static final List<String> OPEN_STATES = Arrays.stream(WorkflowState.values())
            .filter(StateMachine::isOpen).map(Enum::name).toList();

    private final MongoCollection<Document> appeals;

    MongoOverdueStore(MongoDatabase database) {
        appeals = MongoAppealDocuments.appeals(database);
        appeals.createIndex(Indexes.ascending(NEXT_DUE_AT));
        appeals.createIndex(Indexes.compoundIndex(Indexes.ascending(STATE), Indexes.ascending(DEPARTMENT_ID)));
        // the overdue list, most overdue first: flagged ones in deadline order
        appeals.createIndex(Indexes.ascending(OVERDUE_FLAGGED, NEXT_DUE_AT));
        // an МЦУ operator's overdue list: its municipalities only
        appeals.createIndex(Indexes.compoundIndex(Indexes.ascending(MUNICIPALITY, STATE),
                Indexes.ascending(ASSIGNED_AT)));
    }

    @Override
    public List<DepartmentAppeal> pastDue(Instant now, int limit) {
        return find(appeals, and(lt(NEXT_DUE_AT, date(now)), in(STATE, OPEN_STATES)), Sorts.ascending(NEXT_DUE_AT),
                limit);
    }

    @Override
    public List<DepartmentAppeal> notifiedBefore(Instant cutoff, int limit) {
        return find(appeals, and(eq(STATE, WorkflowState.NOTIFIED.name()), lt(PROGRESS + ".notifiedAt", date(cutoff))),
                Sorts.ascending(PROGRESS + ".notifiedAt"), limit);
    }

    @Override
    public List<DepartmentAppeal> overdue(String departmentId, Set<String> municipalities, int limit) {
        Bson filter = and(eq(OVERDUE_FLAGGED, true), in(STATE, OPEN_STATES));
        return find(appeals, scoped(filter, departmentId, municipalities), Sorts.ascending(NEXT_DUE_AT), limit);
    }

    @Override
    public Map<String, Map<WorkflowState, Long>> countByDepartmentAndState() {
        Map<String, Map<WorkflowState, Long>> counts = new TreeMap<>();
        var fields = new Document(DEPARTMENT_ID, 1).append(STATE, 1);
        for (Document d : appeals.find(ne(STATE, null)).projection(fields)) {
            Document assignment = d.get(ASSIGNMENT, Document.class);
            if (assignment == null || assignment.getString("departmentId") == null) {
                continue;
            }
            counts.computeIfAbsent(assignment.getString("departmentId"), k -> new EnumMap<>(WorkflowState.class))
                    .merge(WorkflowState.valueOf(d.getString(STATE)), 1L, Long::sum);
        }
        return counts;
    }
}
