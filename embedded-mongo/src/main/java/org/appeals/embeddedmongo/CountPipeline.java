package org.appeals.embeddedmongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;

/**
 * The aggregation the driver sends for {@code countDocuments}: {@code [{$match: q}, {$skip: n}?, {$limit: n}?,
 * {$group: {_id: 1, n: {$sum: 1}}}]}. mongo-java-server runs every aggregation over the whole collection, decoding
 * each document, so a count of a few appeals among 50,000 read all 50,000; answered as a {@code count} instead, it
 * goes through the collection's indexes ({@link IdLookupCollection#count}), with the same reply.
 */
record CountPipeline(Document match, int skip, int limit, String field) {

    /** The pipeline of an {@code aggregate} command when it is such a count; else null. */
    static CountPipeline of(Document command) {
        if (!(command.get("pipeline") instanceof List<?> stages) || stages.size() < 2
                || !(stages.get(0) instanceof Document first) || first.size() != 1
                || !(first.get("$match") instanceof Document match)
                || !(stages.get(stages.size() - 1) instanceof Document last)) {
            return null;
        }
        String field = countField(last);
        int skip = 0;
        int limit = 0;
        List<?> middle = stages.subList(1, stages.size() - 1);
        for (int i = 0; i < middle.size(); i++) {
            if (!(middle.get(i) instanceof Document stage) || stage.size() != 1) {
                return null;
            }
            if (i == 0 && stage.get("$skip") instanceof Number value && value.intValue() >= 0) {
                skip = value.intValue();
            } else if (limit == 0 && stage.get("$limit") instanceof Number value && value.intValue() > 0) {
                limit = value.intValue();
            } else {
                return null;
            }
        }
        return field == null ? null : new CountPipeline(match, skip, limit, field);
    }

    /** The reply MongoDB gives: one {@code {_id: 1, n: count}} document, none when nothing matched. */
    Document answer(MongoCollection<?> collection, String namespace) {
        int count = collection == null ? 0 : collection.count(match, skip, limit);
        List<Document> batch = count == 0 ? List.of() : List.of(new Document("_id", 1).append(field, count));
        Document cursor = new Document("id", 0L).append("ns", namespace).append("firstBatch", batch);
        return new Document("cursor", cursor).append("ok", 1.0);
    }

    /** The output field of {@code {$group: {_id: 1, <field>: {$sum: 1}}}}; else null. */
    private static String countField(Document last) {
        if (last.size() != 1 || !(last.get("$group") instanceof Document group) || group.size() != 2
                || !(group.get("_id") instanceof Number id) || id.intValue() != 1) {
            return null;
        }
        for (String key : group.keySet()) {
            if (!key.equals("_id") && group.get(key) instanceof Document sum && sum.size() == 1
                    && sum.get("$sum") instanceof Number one && one.intValue() == 1) {
                return key;
            }
        }
        return null;
    }
}
