package org.appeals.intake.appeal;

import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores events in MongoDB exactly as they travel on the wire (the same JSON field names and formats), so a stored
 * event reads back into its contracts record and republishes unchanged.
 */
@Component
class MongoEventDocuments {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final JsonMapper json;

    MongoEventDocuments(JsonMapper json) {
        this.json = json;
    }

    Document toDocument(Object event) {
        return new Document(json.convertValue(event, FIELDS));
    }

    <T> T fromDocument(Document document, Class<T> type) {
        return json.convertValue(document, type);
    }
}
