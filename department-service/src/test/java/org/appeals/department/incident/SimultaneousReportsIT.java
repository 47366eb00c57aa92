package org.appeals.department.incident;

import static org.appeals.department.incident.Reports.MIRA_5;
import static org.appeals.department.incident.Reports.MIRA_5_EAST_100M;
import static org.appeals.department.incident.Reports.MONDAY_NOON;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.appeals.contracts.Location;
import org.appeals.department.retry.RaceRetry;
import org.appeals.support.testing.MongoWireServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reports of one problem placed at the very same moment, as two instances (or two listener threads) do: each finds
 * no incident and opens its own, and yet they end up in one.
 */
class SimultaneousReportsIT {

    private static final MongoWireServer MONGO = MongoWireServer.start();
    private static final int ROUNDS = 40;
    private static final String POTHOLE = "Яма на ул. Мира у дома 5";

    private final ExecutorService pool = Executors.newFixedThreadPool(3);
    private MongoClient client;
    private MongoCollection<Document> collection;
    private Incidents incidents;

    @BeforeEach
    void start() {
        client = MongoClients.create(MONGO.uri());
        var database = client.getDatabase("incidents-" + UUID.randomUUID());
        collection = database.getCollection("incidents");
        incidents = new Incidents(new MongoIncidentStore(database), IncidentProperties.defaults(),
                new IncidentMetrics(new SimpleMeterRegistry()), RaceRetry.withDefaults());
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        client.close();
    }

    @AfterAll
    static void closeServer() {
        MONGO.close();
    }

    @Test
    void twoReportsPlacedAtOnceEndInOneIncidentEveryTime() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            placeAtOnceAndExpectOneIncident(Reports.forNewDepartment(), List.of(MIRA_5, MIRA_5_EAST_100M));
        }
    }

    @Test
    void threeReportsPlacedAtOnceEndInOneIncidentEveryTime() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            placeAtOnceAndExpectOneIncident(Reports.forNewDepartment(), List.of(MIRA_5, MIRA_5_EAST_100M, MIRA_5));
        }
    }

    private void placeAtOnceAndExpectOneIncident(Reports reports, List<Location> places) throws Exception {
        List<IncidentReport> burst = IntStream.range(0, places.size())
                .mapToObj(i -> reports.road(POTHOLE, places.get(i), MONDAY_NOON.plusSeconds(i))).toList();
        var start = new CyclicBarrier(burst.size());
        List<Future<?>> placed = burst.stream().<Future<?>>map(report -> pool.submit(() -> {
            start.await();
            return incidents.consider(report);
        })).toList();
        for (Future<?> each : placed) {
            each.get();
        }

        List<Document> stored = collection.find(Filters.eq(MongoIncidentDocuments.DEPARTMENT_ID, reports.departmentId()))
                .into(new ArrayList<>());
        assertThat(stored).as("incidents of one problem reported at once").hasSize(1);
        UUID incident = UUID.fromString(stored.get(0).getString(MongoIncidentDocuments.ID));
        assertThat(incidents.membersOf(incident))
                .containsExactlyInAnyOrderElementsOf(burst.stream().map(IncidentReport::appealId).toList());
        for (IncidentReport report : burst) {
            assertThat(incidents.incidentOf(report.appealId())).map(IncidentView::incidentId).contains(incident);
        }
    }
}
