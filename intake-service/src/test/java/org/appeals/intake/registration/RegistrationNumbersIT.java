package org.appeals.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.appeals.support.testing.MongoWireServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Registration numbers drawn at once by two "instances" over one store (a MongoDB-wire server over TCP). */
class RegistrationNumbersIT {

    private static final Instant NOVEMBER = Instant.parse("2026-11-20T08:00:00Z");

    private final MongoWireServer mongo = MongoWireServer.start();
    private final MongoClient first = MongoClients.create(mongo.uri());
    private final MongoClient second = MongoClients.create(mongo.uri());

    @AfterEach
    void stop() {
        first.close();
        second.close();
        mongo.close();
    }

    @Test
    void twoInstancesDrawingAtOnceGetEveryNumberOnceAndNoneSkipped() throws Exception {
        RegistrationNumbers one = numbers(first);
        RegistrationNumbers other = numbers(second);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<String>> drawn = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            RegistrationNumbers instance = i % 2 == 0 ? one : other;
            drawn.add(threads.submit((Callable<String>) () -> instance.next(NOVEMBER)));
        }
        Set<String> numbers = new TreeSet<>();
        for (Future<String> number : drawn) {
            numbers.add(number.get());
        }
        threads.shutdown();

        assertThat(numbers).hasSize(400);
        assertThat(numbers).first().isEqualTo("34-2026-000001");
        assertThat(numbers).last().isEqualTo("34-2026-000400");
    }

    @Test
    void theYearIsTheRegionsAndEachYearCountsFromOne() {
        RegistrationNumbers numbers = numbers(first);

        assertThat(numbers.next(Instant.parse("2026-12-31T20:59:00Z"))).isEqualTo("34-2026-000001");
        // 00:30 on 1 January in Volgograd (UTC+3), still 31 December in UTC
        assertThat(numbers.next(Instant.parse("2026-12-31T21:30:00Z"))).isEqualTo("34-2027-000001");
        assertThat(numbers.next(Instant.parse("2026-12-31T22:00:00Z"))).isEqualTo("34-2027-000002");
        assertThat(numbers.next(NOVEMBER)).isEqualTo("34-2026-000002");
    }

    @Test
    void theRegionCodeIsConfiguredAndChecked() {
        RegistrationNumbers rostov = new MongoRegistrationNumbers(first.getDatabase("intake"),
                new RegistrationProperties("61"));

        assertThat(rostov.next(NOVEMBER)).isEqualTo("61-2026-000001");
        assertThat(RegistrationNumbers.format("34", 2026, 1_234_567)).isEqualTo("34-2026-1234567");
        assertThatThrownBy(() -> new RegistrationProperties("3a"))
                .hasMessageContaining("two digits");
    }

    private static RegistrationNumbers numbers(MongoClient client) {
        return new MongoRegistrationNumbers(client.getDatabase("intake"), new RegistrationProperties(null));
    }
}
