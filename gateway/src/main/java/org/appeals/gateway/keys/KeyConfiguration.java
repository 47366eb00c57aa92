package org.appeals.gateway.keys;

import org.appeals.support.identity.Secrets;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Machine keys in the gateway's own MongoDB database. The store is first touched after start-up (indexes, demo
 * keys), so a missing setting is reported before any wait for the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeyProperties.class)
class KeyConfiguration {

    // fail a request with 503 soon rather than hold it for the driver's default 30 s when the database is away
    private static final long SERVER_SELECTION_MILLIS = 1500;
    // as the services (service-support's MongoClientDefaults): a key answered 201, or revoked with 200, is on a
    // majority's journal, and lookups see nothing a fail-over could roll back
    private static final WriteConcern WRITE_CONCERN = WriteConcern.MAJORITY.withJournal(true)
            .withWTimeout(3, TimeUnit.SECONDS);

    @Bean(destroyMethod = "close")
    MongoClient gatewayMongoClient(@Value("${appeals.gateway.mongodb.uri}") String uri) {
        ConnectionString connection = new ConnectionString(uri);
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(connection);
        if (connection.getServerSelectionTimeout() == null) {
            settings.applyToClusterSettings(cluster ->
                    cluster.serverSelectionTimeout(SERVER_SELECTION_MILLIS, TimeUnit.MILLISECONDS));
        }
        if (connection.getWriteConcern() == null) {
            settings.writeConcern(WRITE_CONCERN);
        }
        if (connection.getReadConcern() == null) {
            settings.readConcern(ReadConcern.MAJORITY);
        }
        return MongoClients.create(settings.build());
    }

    @Bean
    KeyStore keyStore(MongoClient client, @Value("${appeals.gateway.mongodb.database}") String database) {
        return new MongoKeyStore(client.getDatabase(database));
    }

    @Bean
    MongoKeyStoreHealthIndicator keyStoreHealthIndicator(MongoClient client,
                                                    @Value("${appeals.gateway.mongodb.database}") String database) {
        return new MongoKeyStoreHealthIndicator(client, database);
    }

    @Bean
    MachineKeyAuthenticator machineKeyAuthenticator(KeyStore store, Clock clock, KeyProperties properties,
                                                    Environment environment) {
        return new MachineKeyAuthenticator(store, clock, properties, Secrets.demo(environment));
    }

    @Bean
    KeyAdministration keyAdministration(KeyStore store, MachineKeyAuthenticator authenticator, Clock clock,
                                        KeyProperties properties) {
        return new KeyAdministration(store, authenticator, clock, properties);
    }

    @Bean
    ApplicationRunner keyStoreStartup(KeyStore store, Clock clock, Environment environment) {
        return arguments -> {
            store.createIndexes();
            if (Secrets.demo(environment)) {
                DemoKeys.seed(store, clock);
            }
        };
    }
}
