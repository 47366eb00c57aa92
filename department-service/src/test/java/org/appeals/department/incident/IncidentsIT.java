package org.appeals.department.incident;

import static org.appeals.department.incident.Reports.MIRA_5;
import static org.appeals.department.incident.Reports.MIRA_5_EAST_100M;
import static org.appeals.department.incident.Reports.MIRA_5_WEST_100M;
import static org.appeals.department.incident.Reports.MONDAY_NOON;
import static org.appeals.department.incident.Reports.TWO_KM_AWAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.appeals.contracts.Actor;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.appeals.department.retry.RaceRetry;
import org.appeals.support.testing.MongoWireServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The incident store and service on a MongoDB-wire server over TCP; each test has its own database. */
class IncidentsIT {

    private static final MongoWireServer MONGO = MongoWireServer.start();
    private static final String POTHOLE = "Яма на ул. Мира у дома 5";
    private static final String SAME_POTHOLE = "Огромная яма на улице Мира возле дома 5";

    private final Reports reports = Reports.forNewDepartment();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private MongoClient client;
    private MongoDatabase database;
    private Incidents incidents;

    @BeforeEach
    void start() {
        client = MongoClients.create(MONGO.uri());
        database = client.getDatabase("incidents-" + UUID.randomUUID());
        incidents = new Incidents(new MongoIncidentStore(database), IncidentProperties.defaults(),
                new IncidentMetrics(meters), RaceRetry.withDefaults());
    }

    @AfterEach
    void stop() {
        client.close();
    }

    @AfterAll
    static void closeServer() {
        MONGO.close();
    }

    @Test
    void aLoneReportIsNoIncidentYetButTheSecondReportOfItsProblemMakesOne() {
        IncidentReport first = reports.road(POTHOLE, MIRA_5, MONDAY_NOON);
        IncidentReport second = reports.road(SAME_POTHOLE, MIRA_5_EAST_100M, MONDAY_NOON.plusSeconds(900));

        assertThat(incidents.consider(first)).isEmpty();
        assertThat(incidents.incidentOf(first.appealId())).isEmpty();
        Optional<UUID> grouped = incidents.consider(second);

        assertThat(grouped).isPresent();
        assertThat(incidents.membersOf(grouped.get())).containsExactly(first.appealId(), second.appealId());
        IncidentView view = incidents.incidentOf(first.appealId()).orElseThrow();
        assertThat(view.incidentId()).isEqualTo(grouped.get());
        assertThat(view.openedAt()).isEqualTo(MONDAY_NOON);
        assertThat(view.lastReportAt()).isEqualTo(MONDAY_NOON.plusSeconds(900));
        assertThat(incidents.openFor(reports.departmentId(), null)).extracting(IncidentView::incidentId)
                .containsExactly(grouped.get());
        assertThat(meters.get("appeals.incident.grouped").tag("department", reports.departmentId()).counter()
                .count()).isEqualTo(1.0);
    }

    @Test
    void consideringAnAppealAgainChangesNothingAndReturnsItsIncident() {
        IncidentReport first = reports.road(POTHOLE, null, MONDAY_NOON);
        IncidentReport second = reports.road(SAME_POTHOLE, null, MONDAY_NOON.plusSeconds(60));
        incidents.consider(first);
        UUID incident = incidents.consider(second).orElseThrow();

        assertThat(incidents.consider(second)).contains(incident);
        assertThat(incidents.consider(first)).contains(incident);
        assertThat(incidents.membersOf(incident)).hasSize(2);
        assertThat(database.getCollection("incidents").countDocuments()).isEqualTo(1);
        assertThat(meters.get("appeals.incident.grouped").counter().count()).isEqualTo(1.0);
    }

    @Test
    void anAppealConsideredBeforeItsTextArrivedIsGroupedOnceItIsConsideredWithIt() {
        IncidentReport bare = reports.road(null, null, MONDAY_NOON);
        IncidentReport other = reports.road(SAME_POTHOLE, null, MONDAY_NOON.plusSeconds(60));
        assertThat(incidents.consider(bare)).isEmpty();
        assertThat(incidents.consider(other)).isEmpty();

        var withText = new IncidentReport(bare.appealId(), bare.departmentId(), bare.category(), bare.municipality(),
                POTHOLE, null, bare.receivedAt());
        Optional<UUID> grouped = incidents.consider(withText);

        assertThat(grouped).isPresent();
        assertThat(incidents.membersOf(grouped.get())).containsExactly(bare.appealId(), other.appealId());
        assertThat(database.getCollection("incidents").countDocuments()).isEqualTo(1);
    }

    @Test
    void reportsOfDifferentProblemsStayApart() {
        IncidentReport pothole = reports.road(POTHOLE, MIRA_5, MONDAY_NOON);
        IncidentReport farAway = reports.road(POTHOLE, TWO_KM_AWAY, MONDAY_NOON.plusSeconds(60));
        IncidentReport weekLater = reports.road(POTHOLE, MIRA_5, MONDAY_NOON.plus(Duration.ofDays(7)));
        IncidentReport housing = reports.report(Category.HOUSING, Municipality.MIKHAILOVKA, POTHOLE, MIRA_5,
                MONDAY_NOON.plusSeconds(60));

        for (IncidentReport report : List.of(pothole, farAway, weekLater, housing)) {
            assertThat(incidents.consider(report)).as(report.toString()).isEmpty();
        }
        assertThat(incidents.openFor(reports.departmentId(), null)).isEmpty();
        assertThat(database.getCollection("incidents").countDocuments()).isEqualTo(4);
    }

    @Test
    void aSplitOutAppealLeavesAndIsNeverGroupedIntoThatIncidentAgain() {
        IncidentReport first = reports.road(POTHOLE, MIRA_5, MONDAY_NOON);
        IncidentReport second = reports.road(SAME_POTHOLE, MIRA_5, MONDAY_NOON.plusSeconds(60));
        IncidentReport third = reports.road(POTHOLE, MIRA_5_EAST_100M, MONDAY_NOON.plusSeconds(120));
        incidents.consider(first);
        incidents.consider(second);
        UUID incident = incidents.consider(third).orElseThrow();

        assertThat(incidents.split(incident, splitBy(second.appealId()))).isTrue();

        assertThat(incidents.membersOf(incident)).containsExactly(first.appealId(), third.appealId());
        assertThat(incidents.incidentOf(second.appealId())).isEmpty();
        assertThat(incidents.consider(second)).isEmpty();
        assertThat(incidents.membersOf(incident)).doesNotContain(second.appealId());
        assertThat(incidents.split(incident, splitBy(second.appealId()))).isFalse();
    }

    @Test
    void aSplitOutAppealRedirectedAwayAndBackIsStillNotGroupedIntoThatIncident() {
        IncidentReport first = reports.road(POTHOLE, MIRA_5, MONDAY_NOON);
        IncidentReport second = reports.road(SAME_POTHOLE, MIRA_5, MONDAY_NOON.plusSeconds(60));
        incidents.consider(first);
        UUID incident = incidents.consider(second).orElseThrow();
        incidents.split(incident, splitBy(second.appealId()));

        incidents.consider(new IncidentReport(second.appealId(), Reports.forNewDepartment().departmentId(),
                second.category(), second.municipality(), SAME_POTHOLE, MIRA_5, second.receivedAt()));
        Optional<UUID> back = incidents.consider(second);

        assertThat(back).isEmpty();
        assertThat(incidents.membersOf(incident)).containsExactly(first.appealId());
    }

    @Test
    void aReportLikeASplitOutAppealMayStillJoinTheIncidentAndTheIncidentsOnlyAppealCannotBeSplit() {
        IncidentReport first = reports.road(POTHOLE, MIRA_5, MONDAY_NOON);
        IncidentReport second = reports.road(SAME_POTHOLE, MIRA_5_EAST_100M, MONDAY_NOON.plusSeconds(60));
        incidents.consider(first);
        UUID incident = incidents.consider(second).orElseThrow();
        assertThat(incidents.split(incident, splitBy(second.appealId()))).isTrue();

        assertThat(incidents.split(incident, splitBy(first.appealId()))).isFalse();
        assertThat(incidents.find(incident)).hasValueSatisfying(
                view -> assertThat(view.appealIds()).containsExactly(first.appealId()));
        IncidentReport later = reports.road(POTHOLE, MIRA_5_WEST_100M, MONDAY_NOON.plusSeconds(600));
        assertThat(incidents.consider(later)).contains(incident);
        assertThat(incidents.membersOf(incident)).containsExactly(first.appealId(), later.appealId());
        assertThat(incidents.incidentOf(second.appealId())).isEmpty();
    }

    @Test
    void anAppealPlacedWithAnotherDepartmentLeavesItsOldIncident() {
        IncidentReport first = reports.road(POTHOLE, MIRA_5, MONDAY_NOON);
        IncidentReport second = reports.road(SAME_POTHOLE, MIRA_5, MONDAY_NOON.plusSeconds(60));
        incidents.consider(first);
        UUID incident = incidents.consider(second).orElseThrow();
        Reports elsewhere = Reports.forNewDepartment();

        var redirected = new IncidentReport(second.appealId(), elsewhere.departmentId(), second.category(),
                second.municipality(), SAME_POTHOLE, MIRA_5, second.receivedAt());
        assertThat(incidents.consider(redirected)).isEmpty();

        assertThat(incidents.membersOf(incident)).containsExactly(first.appealId());
        assertThat(incidents.incidentOf(second.appealId())).isEmpty();
    }

    @Test
    void concurrentReportsOfOneProblemAllEndUpInOneIncident() throws Exception {
        IncidentReport seed = reports.road(POTHOLE, MIRA_5, MONDAY_NOON);
        incidents.consider(seed);
        List<IncidentReport> burst = IntStream.range(0, 8)
                .mapToObj(i -> reports.road(SAME_POTHOLE, MIRA_5_EAST_100M, MONDAY_NOON.plusSeconds(60 + i)))
                .toList();

        List<Callable<Optional<UUID>>> joins = burst.stream()
                .<Callable<Optional<UUID>>>map(report -> () -> incidents.consider(report)).toList();
        var pool = Executors.newFixedThreadPool(burst.size());
        try {
            for (var result : pool.invokeAll(joins)) {
                assertThat(result.get()).isPresent();
            }
        } finally {
            pool.shutdownNow();
        }

        UUID incident = incidents.incidentOf(seed.appealId()).orElseThrow().incidentId();
        assertThat(incidents.membersOf(incident)).hasSize(9)
                .containsAll(burst.stream().map(IncidentReport::appealId).toList());
        assertThat(meters.get("appeals.incident.grouped").counter().count()).isEqualTo(8.0);
    }

    @Test
    void reportsReceivedAtAbsurdTimesAreStoredAndGroupedWithoutError() {
        IncidentReport farFuture = reports.road(POTHOLE, MIRA_5, Instant.MAX);
        IncidentReport sameFuture = reports.road(SAME_POTHOLE, MIRA_5, Instant.parse("+1000000000-01-01T00:00:00Z"));
        IncidentReport farPast = reports.road(POTHOLE, TWO_KM_AWAY, Instant.MIN);

        assertThat(incidents.consider(farFuture)).isEmpty();
        Optional<UUID> grouped = incidents.consider(sameFuture);
        assertThat(incidents.consider(farPast)).isEmpty();

        assertThat(grouped).isPresent();
        assertThat(incidents.membersOf(grouped.get()))
                .containsExactlyInAnyOrder(farFuture.appealId(), sameFuture.appealId());
        assertThat(database.getCollection("incidents").countDocuments()).isEqualTo(2);
    }

    @Test
    void theStoreKeepsAnAppealInOneIncidentAtMost() {
        var store = new MongoIncidentStore(database);
        Member member = Member.of(reports.road(POTHOLE, MIRA_5, MONDAY_NOON));
        Incident first = Incident.open(UUID.randomUUID(), reports.road(POTHOLE, MIRA_5, MONDAY_NOON).key(), member);
        Incident other = Incident.open(UUID.randomUUID(), first.key(), Member.of(reports.road(POTHOLE, MIRA_5,
                MONDAY_NOON)));

        assertThat(store.insert(first)).isTrue();
        assertThat(store.insert(Incident.open(UUID.randomUUID(), first.key(), member))).isFalse();
        assertThat(store.insert(other)).isTrue();
        assertThat(store.add(other, member)).isFalse();
        assertThat(store.add(store.find(first.id()).orElseThrow(), other.members().get(0))).isFalse();
        assertThat(store.containing(member.appealId()).map(Incident::id)).contains(first.id());
    }

    @Test
    void aWriteBasedOnAStaleReadingChangesNothing() {
        var store = new MongoIncidentStore(database);
        Incident read = Incident.open(UUID.randomUUID(), reports.road(POTHOLE, MIRA_5, MONDAY_NOON).key(),
                Member.of(reports.road(POTHOLE, MIRA_5, MONDAY_NOON)));
        store.insert(read);

        assertThat(store.add(read, Member.of(reports.road(POTHOLE, MIRA_5, MONDAY_NOON)))).isTrue();
        assertThat(store.add(read, Member.of(reports.road(POTHOLE, MIRA_5, MONDAY_NOON)))).isFalse();
        assertThat(store.find(read.id()).orElseThrow().members()).hasSize(2);
    }

    @Test
    void theStoredDocumentKeepsTheWordSetButNeverTheText() {
        IncidentReport first = reports.road(POTHOLE, MIRA_5, MONDAY_NOON);
        incidents.consider(first);

        Document stored = database.getCollection("incidents").find().first();
        assertThat(stored.toJson()).doesNotContain(POTHOLE, "Яма", "Мира")
                .contains(first.appealId().toString(), "\"улиц\"", "\"version\"");
        assertThat(stored.getList("members", Document.class).get(0).getList("fingerprint", String.class))
                .containsExactlyInAnyOrder("ям", "улиц", "мир", "дом", "5");
        assertThat(first.toString()).doesNotContain("Мира");
    }

    @Test
    void recentListsOnlyGroupsTheLatestFirst() {
        IncidentReport a1 = reports.road(POTHOLE, MIRA_5, MONDAY_NOON);
        IncidentReport a2 = reports.road(POTHOLE, MIRA_5, MONDAY_NOON.plusSeconds(60));
        IncidentReport b1 = reports.road(POTHOLE, TWO_KM_AWAY, MONDAY_NOON.plusSeconds(120));
        IncidentReport b2 = reports.road(POTHOLE, TWO_KM_AWAY, MONDAY_NOON.plusSeconds(180));
        IncidentReport lone = reports.road("Не горит фонарь во дворе", null, MONDAY_NOON.plusSeconds(240));
        List.of(a1, a2, b1, b2, lone).forEach(incidents::consider);

        List<IncidentView> recent = incidents.recent(null, 10);

        assertThat(recent).extracting(view -> view.appealIds().get(0)).containsExactly(b1.appealId(), a1.appealId());
        assertThat(incidents.recent(null, 1)).hasSize(1);
    }

    private static Split splitBy(UUID appealId) {
        return new Split(appealId, new Actor("cur-operator", "OPERATOR"), Instant.now());
    }
}
