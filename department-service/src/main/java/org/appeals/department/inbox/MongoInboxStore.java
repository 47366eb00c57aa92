package org.appeals.department.inbox;

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
import java.util.ArrayList;
import java.util.List;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.appeal.MongoAppealDocuments;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/** Inboxes read from the {@code appeals} collection, with the indexes their filters and orders need. */
@Repository
class MongoInboxStore implements InboxStore {

    private final MongoCollection<Document> appeals;

    MongoInboxStore(MongoDatabase database) {
        appeals = MongoAppealDocuments.appeals(database);
        appeals.createIndex(Indexes.compoundIndex(Indexes.ascending(DEPARTMENT_ID), Indexes.descending(ASSIGNED_AT)));
        appeals.createIndex(Indexes.ascending(NEXT_DUE_AT));
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
            return find(appeals, and(filters), Sorts.descending(ASSIGNED_AT), c.limit());
        }
        // MongoDB sorts missing values first: the appeals with a running deadline come first, the rest after them
        List<DepartmentAppeal> found = find(appeals, and(and(filters), ne(NEXT_DUE_AT, null)),
                Sorts.ascending(NEXT_DUE_AT), c.limit());
        if (found.size() < c.limit() && c.dueBefore() == null) {
            found.addAll(find(appeals, and(and(filters), eq(NEXT_DUE_AT, null)), Sorts.descending(ASSIGNED_AT),
                    c.limit() - found.size()));
        }
        return found;
    }
}
