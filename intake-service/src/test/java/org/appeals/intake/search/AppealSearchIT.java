package org.appeals.intake.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.Category;
import org.appeals.contracts.DeadlineKind;
import org.appeals.contracts.DeliveryOutcome;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.Topics;
import org.appeals.contracts.WorkflowState;
import org.appeals.contracts.WorkflowStep;
import org.appeals.intake.appeal.AppealStatus;
import org.appeals.intake.support.AppealBodies;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.Events;
import org.appeals.intake.support.RawKafka;
import org.appeals.intake.support.Samples;
import org.appeals.support.testing.TestIdentity;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The staff console's search and counts on the real service: seven appeals registered over HTTP and moved by events
 * on the broker, each text carrying a word of this run ({@code mark}) and placed with departments of this run, so
 * the appeals other tests leave in the shared database do not disturb the answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppealSearchIT extends EmbeddedIntakeTest {

    private static final String REGION = TestIdentity.operator("cur-operator");
    private static final String MCU = TestIdentity.municipalOperator("mcu-mikhailovka", "MIKHAILOVKA");
    private static final String LIST = "/api/v1/appeals";
    private static final String SUMMARY = "/api/v1/appeals/summary";
    private static final Instant DAY = Instant.parse("2026-11-20T08:00:00Z");

    private final String mark = "k" + UUID.randomUUID().toString().substring(0, 8).replace('-', 'x');
    private final String roads = "roads-" + UUID.randomUUID();
    private final String parks = "parks-" + UUID.randomUUID();
    private final Map<String, String> appeals = new HashMap<>();

    @Autowired
    private EmbeddedKafkaBroker broker;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private ListingBackfill backfill;

    /** Once for the class: the appeals, and the events that move them, until every listing shows its status. */
    @BeforeEach
    void registerAppealsOnce() {
        if (!appeals.isEmpty()) {
            return;
        }
        register("pothole", "VK", 0, "Пётр Иванов пишет: огромная яма на дороге у школы, звоните +79001112233");
        register("lamps", "TELEGRAM", 1, "Не горят фонари во дворе");
        register("swings", "VK", 2, "Во дворе сломаны качели");
        register("waste", "VK", 3, "Мусор не вывозят неделю");
        register("review", "VK", 4, "Яма во дворе дома 5");
        register("failed", "VK", 5, "Светофор не работает");
        register("reopened", "VK", 14, "Снова яма на том же месте");
        try (RawKafka kafka = new RawKafka(broker.getBrokersAsString())) {
            Instant now = Instant.now();
            placed(kafka, "lamps", now.minusSeconds(3600), Category.LANDSCAPING, Municipality.VOLZHSKY, parks);
            placed(kafka, "pothole", now.minusSeconds(1800), Category.ROADS, Municipality.MIKHAILOVKA, roads);
            placed(kafka, "reopened", now.minusSeconds(600), Category.ROADS, Municipality.VOLZHSKY, parks);
            placed(kafka, "review", now.minusSeconds(600), Category.ROADS, Municipality.MIKHAILOVKA, roads);
            placed(kafka, "failed", now.minusSeconds(600), Category.TRANSPORT, Municipality.MIKHAILOVKA, roads);
            send(kafka, Topics.APPEALS_ASSIGNED, Events.triage(id("swings"), now));
            send(kafka, Topics.APPEALS_OVERDUE, Events.overdue(id("lamps"), DeadlineKind.FIRST_REACTION,
                    now.minusSeconds(60), now.minusSeconds(30)));
            send(kafka, Topics.APPEALS_WORKFLOW, Events.moved(id("review"), WorkflowState.IN_PROGRESS,
                    WorkflowState.IN_REVIEW, WorkflowStep.SUBMIT_FOR_REVIEW, now));
            send(kafka, Topics.APPEALS_NOTIFIED, Events.notified(id("failed"), AnswerKind.FINAL,
                    DeliveryOutcome.FAILED, now));
            send(kafka, Topics.APPEALS_WORKFLOW, Events.moved(id("reopened"), WorkflowState.CLOSED,
                    WorkflowState.REOPENED, WorkflowStep.REOPEN, now));
        }
        Map<String, String> expected = Map.of("pothole", "ASSIGNED", "lamps", "ASSIGNED", "swings", "TRIAGE",
                "waste", "RECEIVED", "review", "IN_REVIEW", "failed", "DELIVERY_FAILED", "reopened", "REOPENED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, String> statuses = new HashMap<>();
            for (JsonNode item : search("q=" + mark, REGION).get("items")) {
                statuses.put(name(item), item.get("status").asString());
            }
            assertThat(statuses).isEqualTo(expected);
            assertThat(item("lamps").get("overdue").asBoolean()).isTrue();
        });
    }

    @Test
    void wordFormsFindTheAppealAndEveryWordMustBeThere() {
        assertThat(names("q=" + encode("ямы " + mark), REGION)).containsExactly("reopened", "review", "pothole");
        assertThat(names("q=" + encode("огромные ямы " + mark), REGION)).containsExactly("pothole");
        assertThat(names("q=" + encode("ЯМОЙ фонари " + mark), REGION)).isEmpty();
    }

    @Test
    void theItemShowsPlacementAndAnExcerptWithoutTheAuthor() {
        JsonNode pothole = item("pothole");

        assertThat(pothole.get("number").asString()).matches("34-\\d{4}-\\d{6}");
        assertThat(names("id=" + pothole.get("number").asString(), REGION)).containsExactly("pothole");
        assertThat(names("id=" + appeals.get("pothole").substring(0, 8), REGION)).containsExactly("pothole");
        assertThat(pothole.get("receivedAt").asString()).isEqualTo("2026-11-20T08:00:00Z");
        assertThat(pothole.get("channel").asString()).isEqualTo("VK");
        assertThat(pothole.get("category").get("code").asString()).isEqualTo("ROADS");
        assertThat(pothole.get("category").get("title").asString()).isEqualTo("Дороги");
        assertThat(pothole.get("municipality").get("name").asString()).isEqualTo("Михайловка");
        assertThat(pothole.get("department").get("id").asString()).isEqualTo(roads);
        assertThat(pothole.get("excerpt").asString()).contains("огромная яма").doesNotContain("Пётр", "+7900");
        assertThat(Instant.parse(pothole.get("dueAt").asString())).isAfter(Instant.now());
        assertThat(pothole.get("overdue").asBoolean()).isFalse();
        assertThat(item("waste").get("municipality").isNull()).isTrue();
        assertThat(item("waste").get("dueAt").isNull()).isTrue();
    }

    @Test
    void eachFilterNarrowsTheList() {
        String q = "q=" + mark + "&";
        assertThat(names(q + "status=TRIAGE", REGION)).containsExactly("swings");
        assertThat(names(q + "status=IN_REVIEW,REOPENED", REGION)).containsExactly("reopened", "review");
        assertThat(names(q + "status=IN_REVIEW&status=REOPENED", REGION)).containsExactly("reopened", "review");
        assertThat(names(q + "category=ROADS", REGION)).containsExactly("reopened", "review", "pothole");
        assertThat(names(q + "municipality=VOLZHSKY", REGION)).containsExactly("reopened", "lamps");
        assertThat(names(q + "department=" + roads, REGION)).containsExactly("failed", "review", "pothole");
        assertThat(names(q + "channel=TELEGRAM", REGION)).containsExactly("lamps");
        assertThat(names(q + "overdue=true", REGION)).containsExactly("lamps");
        assertThat(names(q + "overdue=false", REGION)).hasSize(6).doesNotContain("lamps");
        assertThat(names(q + "from=2026-11-20T09:30:00Z&to=2026-11-20T11:30:00Z", REGION))
                .containsExactly("waste", "swings");
        assertThat(names(q + "to=2026-11-20", REGION)).hasSize(6).doesNotContain("reopened");
        assertThat(names(q + "from=2026-11-21", REGION)).containsExactly("reopened");
        assertThat(names("id=" + appeals.get("lamps"), REGION)).containsExactly("lamps");
        assertThat(names("id=" + appeals.get("pothole").substring(0, 8).toUpperCase(), REGION))
                .containsExactly("pothole");
        assertThat(names("id=" + appeals.get("pothole").substring(0, 13), REGION)).containsExactly("pothole");
        assertThat(names(q + "id=" + appeals.get("pothole").substring(0, 8) + "&status=TRIAGE", REGION)).isEmpty();
    }

    @Test
    void pagesAddUpToTheTotal() {
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode list = search("q=" + mark + "&size=3&page=" + page, REGION);
            assertThat(list.get("total").asLong()).isEqualTo(7);
            assertThat(list.get("page").asInt()).isEqualTo(page);
            assertThat(list.get("size").asInt()).isEqualTo(3);
            list.get("items").forEach(item -> seen.add(name(item)));
        }
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
        assertThat(names("q=" + mark + "&size=3&page=3", REGION)).isEmpty();
    }

    @Test
    void sortsByReceivingTimeEitherWayOrByTheNearestDeadline() {
        List<String> newest = List.of("reopened", "failed", "review", "waste", "swings", "lamps", "pothole");

        assertThat(names("q=" + mark, REGION)).isEqualTo(newest);
        assertThat(names("q=" + mark + "&sort=newest", REGION)).isEqualTo(newest);
        assertThat(names("q=" + mark + "&sort=oldest", REGION))
                .containsExactly("pothole", "lamps", "swings", "waste", "review", "failed", "reopened");
        List<String> due = names("q=" + mark + "&sort=due", REGION);
        assertThat(due.subList(0, 3)).containsExactly("lamps", "pothole", "reopened");
        assertThat(due.subList(3, 7)).containsExactlyInAnyOrder("review", "failed", "swings", "waste");
    }

    @Test
    void anMcuOperatorFindsOnlyItsMunicipalitysAppealsWhateverItAsksFor() {
        assertThat(names("q=" + mark, MCU)).containsExactly("failed", "review", "pothole");
        JsonNode volzhsky = search("municipality=VOLZHSKY", MCU);
        assertThat(volzhsky.get("total").asLong()).isZero();
        assertThat(volzhsky.get("items")).isEmpty();
        assertThat(names("id=" + appeals.get("lamps"), MCU)).isEmpty();
        assertThat(names("department=" + parks, MCU)).isEmpty();
        assertThat(names("q=" + mark + "&status=TRIAGE,RECEIVED", MCU)).as("not placed yet: the region's").isEmpty();
    }

    @Test
    void departmentStaffFindOnlyTheirDepartmentsAppeals() {
        String roadsStaff = TestIdentity.department("roads-staff", roads);

        JsonNode all = search("", roadsStaff);
        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(names("", roadsStaff)).containsExactly("failed", "review", "pothole");
        assertThat(names("department=" + parks, roadsStaff)).isEmpty();
        assertThat(names("q=" + mark, TestIdentity.department("both", roads, parks))).hasSize(5);
    }

    @Test
    void aChannelKeyGetsNeitherTheListNorTheCounts() {
        for (String path : List.of(LIST, LIST + "?q=" + mark, SUMMARY)) {
            HttpResponse<String> response = client().getAs(path, TestIdentity.channel("vk-adapter", "VK"));
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).doesNotContain(mark);
        }
    }

    @Test
    void unreadableParametersAreProblemsNamingTheParameter() {
        for (String query : List.of("size=0", "size=101", "from=yesterday", "status=LOST", "id=1234", "page=-1")) {
            HttpResponse<String> response = client().getAs(LIST + "?" + query, REGION);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = Samples.read(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("detail").asString()).contains("'" + query.substring(0, query.indexOf('=')) + "'");
        }
    }

    @Test
    void theCountsAreWhatNeedsAPersonInTheCallersScope() {
        assertThat(summary(TestIdentity.department("roads-staff", roads)))
                .isEqualTo(Map.of("triage", 0L, "inReview", 1L, "overdue", 0L, "deliveryFailed", 1L, "reopened", 0L));
        assertThat(summary(TestIdentity.department("parks-staff", parks)))
                .isEqualTo(Map.of("triage", 0L, "inReview", 0L, "overdue", 1L, "deliveryFailed", 0L, "reopened", 1L));
        for (String identity : List.of(REGION, MCU)) {
            Map<String, Long> counts = summary(identity);
            assertThat(counts.get("triage")).isEqualTo(total("status=TRIAGE", identity));
            assertThat(counts.get("inReview")).isEqualTo(total("status=IN_REVIEW", identity));
            assertThat(counts.get("overdue")).isEqualTo(total("overdue=true", identity));
            assertThat(counts.get("deliveryFailed")).isEqualTo(total("status=DELIVERY_FAILED", identity));
            assertThat(counts.get("reopened")).isEqualTo(total("status=REOPENED", identity));
        }
        assertThat(summary(REGION).get("reopened")).isGreaterThan(summary(MCU).get("reopened"));
        assertThat(summary(REGION).get("triage")).isPositive();
    }

    @Test
    void anAppealWithoutAListingIsListedByTheBackfill() {
        String waste = appeals.get("waste");
        database.getCollection("appeals").updateOne(Filters.eq("_id", waste), Updates.unset("listing"));
        assertThat(names("id=" + waste, REGION)).isEmpty();

        backfill.backfill(); // the scheduled one may be quicker: either lists it

        assertThat(names("id=" + waste + "&q=" + encode("мусор"), REGION)).containsExactly("waste");
    }

    @Test
    void aListingOfFewerEventsNeverReplacesOneOfMore(@Autowired ListedAppeals listings) {
        UUID review = id("review");
        listings.save(new ListedAppeal(review, DAY, AppealStatus.RECEIVED, null, null,
                null, null, null, Set.of(), "", null, false, 1, null));

        assertThat(item("review").get("status").asString()).isEqualTo("IN_REVIEW");
        Document stored = database.getCollection("appeals").find(Filters.eq("_id", review.toString())).first();
        assertThat(stored.get("listing", Document.class).getInteger("basis")).isGreaterThan(1);
    }

    private void register(String name, String channel, int hoursAfter8, String text) {
        ObjectNode body = AppealBodies.complete(channel, unique(name));
        body.put("text", text + " " + mark);
        body.put("receivedAt", DAY.plusSeconds(hoursAfter8 * 3600L).toString());
        HttpResponse<String> response = client().post(AppealBodies.json(body), "CHANNEL", channel);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        appeals.put(name, Samples.read(response.body()).get("appealId").asString());
    }

    private void placed(RawKafka kafka, String name, Instant at, Category category, Municipality municipality,
                        String department) {
        send(kafka, Topics.APPEALS_ASSIGNED,
                Events.placed(id(name), at, RoutingMethod.AUTO, category, municipality, department, "Отдел " + name));
    }

    private static void send(RawKafka kafka, String topic, AppealEvent event) {
        kafka.send(topic, event.appealId().toString(), Samples.JSON.writeValueAsString(event));
    }

    private UUID id(String name) {
        return UUID.fromString(appeals.get(name));
    }

    private JsonNode item(String name) {
        JsonNode items = search("id=" + appeals.get(name), REGION).get("items");
        assertThat(items.size()).isEqualTo(1);
        return items.get(0);
    }

    private JsonNode search(String query, String identity) {
        HttpResponse<String> response = client().getAs(LIST + "?" + query, identity);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Samples.read(response.body());
    }

    private long total(String query, String identity) {
        return search(query, identity).get("total").asLong();
    }

    /** The fixture names of the listed appeals, in the list's order. */
    private List<String> names(String query, String identity) {
        List<String> names = new ArrayList<>();
        search(query, identity).get("items").forEach(item -> names.add(name(item)));
        return names;
    }

    private String name(JsonNode item) {
        String id = item.get("appealId").asString();
        return appeals.entrySet().stream().filter(entry -> entry.getValue().equals(id)).map(Map.Entry::getKey)
                .findFirst().orElse("other:" + id);
    }

    private Map<String, Long> summary(String identity) {
        HttpResponse<String> response = client().getAs(SUMMARY, identity);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, Long> counts = new HashMap<>();
        Samples.read(response.body()).properties()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue().asLong()));
        return counts;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
