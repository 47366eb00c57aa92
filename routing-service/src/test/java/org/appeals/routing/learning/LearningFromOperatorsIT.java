package org.appeals.routing.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.appeals.routing.classify.Classification;
import org.appeals.routing.classify.Classifier;
import org.appeals.support.testing.MongoWireServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Operators' decisions kept in MongoDB (over the wire) teach the classifier at once, and again after a restart, also
 * those stored before examples carried a stored time.
 */
class LearningFromOperatorsIT {

    private static final double TRIAGE_THRESHOLD = 0.35;
    private static final String TRIAGED = "Михайловка, петухи у соседа кукарекают с четырёх утра, никто не спит";
    private static final String SAME_KIND = "Опять соседский петух кукарекает в четыре часа, в Михайловке спать нельзя";

    private static MongoWireServer server;
    private static MongoClient client;

    @BeforeAll
    static void startMongo() {
        server = MongoWireServer.start();
        client = MongoClients.create(server.uri());
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        server.close();
    }

    @Test
    void aPhraseSentToTriageIsRoutedAutomaticallyOnceAnOperatorLabelledItsKind() {
        Classifier classifier = Classifier.standard();
        LabelledExamples examples = new TeachingExamples(new MongoLabelledExamples(database()), classifier.examples());
        assertThat(classifier.classify(SAME_KIND, null).category()).isEqualTo(Category.OTHER);

        examples.record(operatorDecision(TRIAGED));
        Classification result = classifier.classify(SAME_KIND, null);

        assertThat(result.category()).isEqualTo(Category.ANIMALS);
        assertThat(result.categoryConfidence()).isGreaterThan(TRIAGE_THRESHOLD);
        assertThat(result.municipality()).isEqualTo(Municipality.MIKHAILOVKA);
        assertThat(result.explanation()).contains("по 1 решениям операторов");
    }

    @Test
    void aRestartedServiceLearnsTheDecisionsStoredBefore() {
        MongoDatabase database = database();
        new TeachingExamples(new MongoLabelledExamples(database), Classifier.standard().examples())
                .record(operatorDecision(TRIAGED));

        Classifier restarted = Classifier.standard();
        startUp(database, restarted);

        assertThat(restarted.examples().examples()).isEqualTo(1);
        assertThat(restarted.classify(SAME_KIND, null).category()).isEqualTo(Category.ANIMALS);
    }

    @Test
    void examplesStoredBeforeTheyCarriedAStoredTimeAreStampedAndLearned() {
        MongoDatabase database = database();
        UUID appealId = UUID.randomUUID();
        database.getCollection("labelled_examples").insertOne(new Document("_id", appealId + ":TRIAGE")
                .append("appealId", appealId.toString()).append("text", TRIAGED).append("category", "ANIMALS")
                .append("municipality", "MIKHAILOVKA").append("source", "TRIAGE")
                .append("recordedBy", "demo-operator").append("recordedAt", new Date()));

        Classifier restarted = Classifier.standard();
        startUp(database, restarted);

        assertThat(restarted.classify(SAME_KIND, null).category()).isEqualTo(Category.ANIMALS);
        assertThat(database.getCollection("labelled_examples").find().first().getDate("storedAt")).isNotNull();
    }

    // what LearningConfiguration does when an instance starts
    private static void startUp(MongoDatabase database, Classifier classifier) {
        new ExampleFollower(new MongoLabelledExamples(database), classifier.examples(), Duration.ofSeconds(30))
                .catchUp();
    }

    private static MongoDatabase database() {
        return client.getDatabase("routing-" + UUID.randomUUID());
    }

    private static LabelledExample operatorDecision(String text) {
        return new LabelledExample(UUID.randomUUID(), text, Category.ANIMALS, Municipality.MIKHAILOVKA,
                LabelledExample.Source.TRIAGE, "demo-operator", Instant.now());
    }
}
