package org.appeals.department.review;

import static com.mongodb.client.model.Filters.eq;
import static org.appeals.department.appeal.MongoAppealDocuments.*;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.List;
import java.util.Set;
import org.appeals.contracts.WorkflowState;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.appeal.MongoAppealDocuments;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** The review queue: appeals IN_REVIEW in the {@code appeals} collection. */
@Repository
class MongoReviewQueue implements ReviewQueue {

    private final MongoCollection<Document> appeals;

    MongoReviewQueue(MongoDatabase database) {
        appeals = MongoAppealDocuments.appeals(database);
        appeals.createIndex(Indexes.compoundIndex(Indexes.ascending(STATE), Indexes.ascending(DEPARTMENT_ID)));
        // an МЦУ operator's review queue: its municipalities only
        appeals.createIndex(Indexes.compoundIndex(Indexes.ascending(MUNICIPALITY, STATE),
                Indexes.ascending(ASSIGNED_AT)));
    }

    @Override
    public List<DepartmentAppeal> waiting(String departmentId, Set<String> municipalities, int limit) {
        return find(appeals, scoped(eq(STATE, WorkflowState.IN_REVIEW.name()), departmentId, municipalities),
                Sorts.ascending(ASSIGNED_AT), limit);
    }
}
