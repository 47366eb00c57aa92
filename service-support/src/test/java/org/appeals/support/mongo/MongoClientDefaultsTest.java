package org.appeals.support.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.util.concurrent.TimeUnit;
import org.bson.UuidRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.StandardMongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MongoClientDefaultsTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, MongoSupportConfiguration.class))
            .withPropertyValues("spring.mongodb.database=any");

    @Test
    void everyServicesDatabaseWritesMajorityJournaledAndReadsMajority() {
        service.withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:1").run(context -> {
            MongoDatabase database = context.getBean(MongoDatabase.class);

            assertThat(database.getWriteConcern().getWString()).isEqualTo("majority");
            assertThat(database.getWriteConcern().getJournal()).isTrue();
            assertThat(database.getWriteConcern().getWTimeout(TimeUnit.MILLISECONDS)).isEqualTo(3000);
            assertThat(database.getReadConcern()).isEqualTo(ReadConcern.MAJORITY);
            assertThat(context.getBean(MongoClient.class).getDatabase("other").getWriteConcern())
                    .isEqualTo(database.getWriteConcern());
        });
    }

    @Test
    void timeoutsAreSecondsSoAnAbsentStoreIsRefusedWithinTwoSeconds() {
        MongoClientSettings settings = configured("mongodb://127.0.0.1:27017");

        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(1500);
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(2000);
        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(5000);
        assertThat(settings.getConnectionPoolSettings().getMaxWaitTime(TimeUnit.MILLISECONDS)).isEqualTo(1500);
        // the majority wait ends before the socket's, so a slow majority is reported as a write-concern error
        assertThat(settings.getWriteConcern().getWTimeout(TimeUnit.MILLISECONDS))
                .isLessThan(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS));
    }

    @Test
    void whatTheConnectionStringSetsWins() {
        MongoClientSettings settings = configured(
                "mongodb://127.0.0.1:27017/?w=1&readConcernLevel=local&serverSelectionTimeoutMS=200&socketTimeoutMS=0");

        assertThat(settings.getWriteConcern()).isEqualTo(WriteConcern.W1);
        assertThat(settings.getReadConcern()).isEqualTo(ReadConcern.LOCAL);
        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(200);
        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isZero();
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(2000);
    }

    /** Boot's customizer (the URI) then ours, in the order Boot's client factory applies them. */
    private static MongoClientSettings configured(String uri) {
        ConnectionString connection = new ConnectionString(uri);
        MongoConnectionDetails details = () -> connection;
        MongoClientSettings.Builder builder = MongoClientSettings.builder();
        new StandardMongoClientSettingsBuilderCustomizer(details, UuidRepresentation.STANDARD).customize(builder);
        new MongoClientDefaults(connection).customize(builder);
        return builder.build();
    }
}
