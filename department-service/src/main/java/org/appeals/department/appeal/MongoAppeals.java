package org.appeals.department.appeal;

import static com.mongodb.client.model.Filters.eq;
import static org.appeals.department.appeal.MongoAppealDocuments.ID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** The appeals in MongoDB, read by id. */
@Repository
class MongoAppeals implements Appeals {

    private final MongoCollection<Document> appeals;

    MongoAppeals(MongoDatabase database) {
        appeals = MongoAppealDocuments.appeals(database);
    }

    @Override
    public Optional<DepartmentAppeal> find(UUID appealId) {
        return Optional.ofNullable(appeals.find(eq(ID, appealId.toString())).first())
                .map(MongoAppealDocuments::toAppeal);
    }
}
