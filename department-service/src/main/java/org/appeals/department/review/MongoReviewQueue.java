package org.appeals.department.review;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static org.appeals.department.appeal.MongoAppealDocuments.*;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.appeals.contracts.WorkflowState;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.appeal.MongoAppealDocuments;
import org.appeals.department.appeal.Review;
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
        // the appeals one incident answer went to; only answers given through an incident have the field
        appeals.createIndex(Indexes.ascending(ANSWERS + "." + ANSWER_INCIDENT_ANSWER_ID),
                new IndexOptions().sparse(true));
    }

    @Override
    public List<DepartmentAppeal> waiting(String departmentId, Set<String> municipalities, int limit) {
        return find(appeals, scoped(eq(STATE, WorkflowState.IN_REVIEW.name()), departmentId, municipalities),
                Sorts.ascending(ASSIGNED_AT), limit);
    }

    @Override
    public long waitingWith(UUID incidentAnswerId) {
        return appeals.countDocuments(and(eq(STATE, WorkflowState.IN_REVIEW.name()), elemMatch(ANSWERS,
                and(eq(ANSWER_INCIDENT_ANSWER_ID, incidentAnswerId.toString()),
                        eq("review.status", Review.Status.PENDING.name())))));
    }
}
