package org.appeals.intake.privacy;

import com.mongodb.client.MongoDatabase;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.RawKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the personal-data tests share: residents' appeals made by {@link PrivacyFixtures}, which moves them along with
 * other services' events on its own producer, and the database to see what was left of them.
 */
abstract class PrivacyIntakeTest extends EmbeddedIntakeTest {

    @Autowired
    protected MongoDatabase database;

    private RawKafka kafka;
    protected PrivacyFixtures fixtures;

    @BeforeEach
    void connect() {
        kafka = new RawKafka(brokers);
        fixtures = new PrivacyFixtures(client(), kafka);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }
}
