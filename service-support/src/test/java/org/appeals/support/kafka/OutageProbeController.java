package org.appeals.support.kafka;

import com.mongodb.client.MongoDatabase;
import java.util.Map;
import org.appeals.support.web.ApiException;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints of the test service that write and read the store or publish, as a service's requests do. */
@RestController
class OutageProbeController {

    private final MongoDatabase database;
    private final EventPublisher publisher;

    OutageProbeController(MongoDatabase database, EventPublisher publisher) {
        this.database = database;
        this.publisher = publisher;
    }

    @PostMapping("/test/notes/{id}")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> write(@PathVariable String id) {
        database.getCollection("notes").insertOne(new Document("_id", id));
        return Map.of("id", id);
    }

    @GetMapping("/test/notes/{id}")
    Map<String, Object> read(@PathVariable String id) {
        Document note = database.getCollection("notes").find(new Document("_id", id)).first();
        if (note == null) {
            throw ApiException.notFound("no note " + id);
        }
        return Map.of("id", note.get("_id"));
    }

    @PostMapping("/test/events/{key}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> publish(@PathVariable String key) {
        publisher.publishDurably("support.outage.probe", key, Map.of("key", key));
        return Map.of("key", key);
    }
}
