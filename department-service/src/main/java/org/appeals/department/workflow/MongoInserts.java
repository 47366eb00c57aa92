package org.appeals.department.workflow;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;

/** Inserts that expect a concurrent writer may have created the same document first. */
final class MongoInserts {

    private MongoInserts() {
    }

    /** False, instead of an error, when a document with this id exists already. */
    static boolean insertUnlessPresent(MongoCollection<Document> collection, Document document) {
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }
}
