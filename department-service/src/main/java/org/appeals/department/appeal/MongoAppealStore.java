package org.appeals.department.appeal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.pull;
import static com.mongodb.client.model.Updates.set;
import static org.appeals.department.appeal.AppealDocuments.*;
import static org.appeals.department.appeal.BsonValues.date;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.appeals.department.workflow.AppealState;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/** The appeals in MongoDB; state changes are conditional on the version read, so concurrent writers cannot clash. */
@Repository
class MongoAppealStore implements AppealStore {

    private static final List<String> OPEN_STATES = java.util.Arrays.stream(AppealState.values())
            .filter(AppealState::isOpen).map(Enum::name).toList();

    private final MongoCollection<Document> appeals;
    private final ContentWriter contentWriter;

    MongoAppealStore(MongoDatabase database) {
        appeals = database.getCollection("appeals");
        appeals.createIndex(Indexes.compoundIndex(Indexes.ascending(DEPARTMENT_ID), Indexes.descending(ASSIGNED_AT)));
        appeals.createIndex(Indexes.ascending(NEXT_DUE_AT));
        appeals.createIndex(Indexes.ascending(OUTBOX + ".createdAt"));
        appeals.createIndex(Indexes.compoundIndex(Indexes.ascending(STATE), Indexes.ascending(DEPARTMENT_ID)));
        // an МЦУ operator's review queue and overdue list: its municipalities only
        appeals.createIndex(Indexes.compoundIndex(Indexes.ascending(MUNICIPALITY, STATE),
                Indexes.ascending(ASSIGNED_AT)));
        contentWriter = new ContentWriter(appeals);
    }

    @Override
    public Optional<DepartmentAppeal> find(UUID appealId) {
        return Optional.ofNullable(appeals.find(eq(ID, appealId.toString())).first()).map(AppealDocuments::toAppeal);
    }

    @Override
    public List<DepartmentAppeal> inbox(InboxCriteria c) {
        List<Bson> filters = new ArrayList<>(List.of(eq(DEPARTMENT_ID, c.departmentId()),
                in(STATE, c.states().stream().map(Enum::name).toList())));
        if (c.dueBefore() != null) {
            filters.add(lt(NEXT_DUE_AT, date(c.dueBefore())));
        }
        if (c.overdueOnly()) {
            filters.add(eq(OVERDUE_FLAGGED, true));
        }
        if (c.municipalities() != null) {
            filters.add(in(MUNICIPALITY, c.municipalities()));
        }
        if (c.order() == InboxCriteria.Order.NEWEST) {
            return list(and(filters), Sorts.descending(ASSIGNED_AT), c.limit());
        }
        // MongoDB sorts missing values first: the appeals with a running deadline come first, the rest after them
        List<DepartmentAppeal> found = list(and(and(filters), ne(NEXT_DUE_AT, null)), Sorts.ascending(NEXT_DUE_AT),
                c.limit());
        if (found.size() < c.limit() && c.dueBefore() == null) {
            found.addAll(list(and(and(filters), eq(NEXT_DUE_AT, null)), Sorts.descending(ASSIGNED_AT),
                    c.limit() - found.size()));
        }
        return found;
    }

    @Override
    public boolean recordContent(UUID appealId, UUID eventId, Content content) {
        return contentWriter.record(appealId, eventId, content);
    }

    @Override
    public boolean insertAssigned(UUID appealId, Assignment assignment, AppealChange change) {
        Document appeal = new Document(ID, appealId.toString()).append(VERSION, 0L)
                .append(ASSIGNMENT, PartDocuments.assignment(assignment)).append(ANSWERS, List.of());
        if (!Inserts.insertUnlessPresent(appeals, appeal)) {
            return false;
        }
        return appeals.updateOne(and(eq(ID, appealId.toString()), eq(VERSION, 0L)),
                combine(combine(change.updates()), inc(VERSION, 1L))).getMatchedCount() == 1;
    }

    @Override
    public boolean apply(DepartmentAppeal current, AppealChange change) {
        List<Bson> conditions = new ArrayList<>(List.of(eq(ID, current.appealId().toString()),
                eq(VERSION, current.version())));
        if (change.appliedEventId() != null) {
            conditions.add(ne(APPLIED_EVENTS, change.appliedEventId().toString()));
        }
        return appeals.updateOne(and(conditions), combine(combine(change.updates()), inc(VERSION, 1L)))
                .getMatchedCount() == 1;
    }

    @Override
    public void published(UUID appealId, UUID eventId) {
        appeals.updateOne(eq(ID, appealId.toString()), pull(OUTBOX, new Document("eventId", eventId.toString())));
    }

    @Override
    public List<DepartmentAppeal> withOutboxBefore(Instant cutoff, int limit) {
        return list(elemMatch(OUTBOX, lt("createdAt", date(cutoff))), Sorts.ascending(ID), limit);
    }

    @Override
    public List<DepartmentAppeal> pastDue(Instant now, int limit) {
        return list(and(lt(NEXT_DUE_AT, date(now)), in(STATE, OPEN_STATES)), Sorts.ascending(NEXT_DUE_AT), limit);
    }

    @Override
    public List<DepartmentAppeal> notifiedBefore(Instant cutoff, int limit) {
        return list(and(eq(STATE, AppealState.NOTIFIED.name()), lt(PROGRESS + ".notifiedAt", date(cutoff))),
                Sorts.ascending(PROGRESS + ".notifiedAt"), limit);
    }

    @Override
    public List<DepartmentAppeal> overdue(String departmentId, Set<String> municipalities, int limit) {
        Bson filter = and(eq(OVERDUE_FLAGGED, true), in(STATE, OPEN_STATES));
        return list(scoped(filter, departmentId, municipalities), Sorts.ascending(NEXT_DUE_AT), limit);
    }

    @Override
    public List<DepartmentAppeal> inState(AppealState state, String departmentId, Set<String> municipalities,
                                          int limit) {
        return list(scoped(eq(STATE, state.name()), departmentId, municipalities), Sorts.ascending(ASSIGNED_AT),
                limit);
    }

    /** Narrows a filter to one department and to some municipalities, where asked (null: no limit). */
    private static Bson scoped(Bson filter, String departmentId, Set<String> municipalities) {
        List<Bson> all = new ArrayList<>(List.of(filter));
        if (departmentId != null) {
            all.add(eq(DEPARTMENT_ID, departmentId));
        }
        if (municipalities != null) {
            all.add(in(MUNICIPALITY, municipalities));
        }
        return all.size() == 1 ? filter : and(all);
    }

    @Override
    public Map<String, Map<AppealState, Long>> countByDepartmentAndState() {
        Map<String, Map<AppealState, Long>> counts = new TreeMap<>();
        var fields = new Document(DEPARTMENT_ID, 1).append(STATE, 1);
        for (Document d : appeals.find(ne(STATE, null)).projection(fields)) {
            Document assignment = d.get(ASSIGNMENT, Document.class);
            if (assignment == null || assignment.getString("departmentId") == null) {
                continue;
            }
            counts.computeIfAbsent(assignment.getString("departmentId"), k -> new EnumMap<>(AppealState.class))
                    .merge(AppealState.valueOf(d.getString(STATE)), 1L, Long::sum);
        }
        return counts;
    }

    private List<DepartmentAppeal> list(Bson filter, Bson sort, int limit) {
        return appeals.find(filter).sort(sort).limit(limit).map(AppealDocuments::toAppeal).into(new ArrayList<>());
    }
}
