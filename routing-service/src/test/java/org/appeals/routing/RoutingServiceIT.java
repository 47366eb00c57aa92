package org.appeals.routing;

import static org.appeals.routing.ReceivedAppeals.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.appeals.contracts.Actor;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.RoutingReason;
import org.appeals.contracts.Topics;
import org.appeals.routing.assignment.Decision;
import org.appeals.routing.assignment.RoutedAppeal;
import org.appeals.routing.assignment.RoutedAppeals;
import org.appeals.routing.learning.LabelledExample;
import org.appeals.routing.learning.LabelledExamples;
import org.appeals.support.testing.TestIdentity;
import org.appeals.support.testing.TopicReader;
import org.appeals.support.web.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/** The service on a real in-JVM Kafka broker, the MongoDB-wire server over TCP and real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "spring.mongodb.database=routing-it", "appeals.kafka.partitions=1",
                "appeals.kafka.retry-interval=50ms", "appeals.outbox.interval=200ms",
                "appeals.outbox.grace=5s",
                "appeals.routing.metrics.refresh-interval=200ms"})
@EmbeddedKafka(partitions = 1)
@DirtiesContext
class RoutingServiceIT extends RunningRoutingService {

    @Autowired
    RoutedAppeals appeals;

    @Autowired
    LabelledExamples examples;

    @Test
    void routesPotholeInMikhailovkaToItsRoadsDepartmentWithTheMatchedTerms() {
        AppealReceived pothole = received("яма на улице Мира в Михайловке");

        publisher.publishDurably(Topics.APPEALS_RECEIVED, pothole);

        AppealAssigned event = assigned.awaitAtLeast(pothole.appealId(), 1).get(0);
        assertThat(event.outcome()).isEqualTo(RoutingOutcome.ASSIGNED);
        assertThat(event.method()).isEqualTo(RoutingMethod.AUTO);
        assertThat(event.category()).isEqualTo(Category.ROADS);
        assertThat(event.municipality()).isEqualTo(Municipality.MIKHAILOVKA);
        assertThat(event.departmentId()).isEqualTo("mikhailovka-roads");
        assertThat(event.departmentName()).contains("Михайловка");
        assertThat(event.reason().ruleId()).isEqualTo("municipal:ROADS");
        assertThat(event.reason().matchedTerms()).containsExactly("яма", "Михайловке");
        assertThat(event.reason().confidence()).isBetween(0.35, 1.0);
        assertThat(event.actor()).isEqualTo(Actor.SYSTEM);
        await().atMost(AssignedEvents.WAIT).until(() -> published(pothole.appealId()));
        assertThat(prometheus()).containsPattern("appeals_routed_total\\{category=\"ROADS\",method=\"auto\","
                + "municipality=\"MIKHAILOVKA\",outcome=\"assigned\"} [1-9]");
    }

    @Test
    void thanksGoToTriageUntilAnOperatorPlacesThem() {
        AppealReceived thanks = received("спасибо всем");
        publisher.publishDurably(Topics.APPEALS_RECEIVED, thanks);

        AppealAssigned triage = assigned.awaitAtLeast(thanks.appealId(), 1).get(0);
        assertThat(triage.outcome()).isEqualTo(RoutingOutcome.TRIAGE);
        assertThat(triage.departmentId()).isNull();
        assertThat(triage.reason().ruleId()).isEqualTo("triage:other");
        JsonNode waiting = calls.triageItem(thanks.appealId());
        assertThat(waiting.get("text").asString()).isEqualTo("спасибо всем");
        assertThat(waiting.get("channel").asString()).isEqualTo("VK");
        assertThat(waiting.get("suggestedCategory").asString()).isEqualTo("OTHER");
        assertThat(waiting.get("reason").get("ruleId").asString()).isEqualTo("triage:other");
        var one = calls.get("/api/v1/triage/" + thanks.appealId(), Role.OPERATOR);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(calls.json(one)).isEqualTo(waiting);
        // counted on the gauge's schedule, not at the scrape
        await().atMost(AssignedEvents.WAIT).untilAsserted(() ->
                assertThat(prometheus()).containsPattern("appeals_triage_size [1-9]"));

        var placed = calls.post("/api/v1/triage/" + thanks.appealId(), Role.OPERATOR,
                "{\"category\":\"MUNICIPAL_SERVICES\",\"municipality\":\"VOLGOGRAD\"}");

        assertThat(placed.statusCode()).isEqualTo(200);
        assertThat(calls.json(placed).get("departmentId").asString()).isEqualTo("volgograd-municipal-services");
        AppealAssigned byOperator = assigned.awaitAtLeast(thanks.appealId(), 2).get(1);
        assertThat(byOperator.outcome()).isEqualTo(RoutingOutcome.ASSIGNED);
        assertThat(byOperator.method()).isEqualTo(RoutingMethod.OPERATOR);
        assertThat(byOperator.departmentId()).isEqualTo("volgograd-municipal-services");
        assertThat(byOperator.reason().ruleId()).isEqualTo("operator");
        assertThat(byOperator.reason().confidence()).isEqualTo(1.0);
        assertThat(calls.triageIds()).doesNotContain(thanks.appealId().toString());
        assertProblem(calls.get("/api/v1/triage/" + thanks.appealId(), Role.OPERATOR), 404, "does not wait in triage");
    }

    @Test
    void aVagueAppealWithTheResidentsHintWaitsInTriageWithTheHintedCategorySuggestedAndExplained() {
        AppealReceived vague = received("Сколько можно ждать, никто ничего не делает в Волжском").hinted("HOUSING");

        publisher.publishDurably(Topics.APPEALS_RECEIVED, vague);

        AppealAssigned event = assigned.awaitAtLeast(vague.appealId(), 1).get(0);
        assertThat(event.outcome()).isEqualTo(RoutingOutcome.TRIAGE);
        assertThat(event.category()).isEqualTo(Category.HOUSING);
        assertThat(event.municipality()).isEqualTo(Municipality.VOLZHSKY);
        assertThat(event.departmentId()).isNull();
        assertThat(event.reason().ruleId()).isEqualTo("triage:hint-only");
        assertThat(event.reason().confidence()).isZero();
        assertThat(event.reason().explanation()).contains("житель выбрал направление «ЖКХ»",
                "только как предложение оператору");
        JsonNode waiting = calls.triageItem(vague.appealId());
        assertThat(waiting.get("suggestedCategory").asString()).isEqualTo("HOUSING");
        assertThat(waiting.get("suggestedMunicipality").asString()).isEqualTo("VOLZHSKY");
        assertThat(waiting.get("categoryHint").asString()).isEqualTo("HOUSING");
        assertThat(waiting.get("reason").get("explanation").asString()).contains("житель выбрал направление «ЖКХ»");
        assertThat(appeals.find(vague.appealId()).orElseThrow().categoryHint()).isEqualTo(Category.HOUSING);
        assertThat(prometheus()).containsPattern("appeals_routing_hints_total\\{effect=\"alone\"} [1-9]");
    }

    @Test
    void aClearAppealKeepsItsCategoryAgainstTheResidentsHintAndAnUnknownHintCodeIsIgnored() {
        AppealReceived pothole = received("Огромная яма на дороге в Михайловке").hinted("HOUSING");
        AppealReceived oddCode = received("яма на улице Мира в Михайловке").hinted("POTHOLES");

        publisher.publishDurably(Topics.APPEALS_RECEIVED, pothole);
        publisher.publishDurably(Topics.APPEALS_RECEIVED, oddCode);

        AppealAssigned outweighed = assigned.awaitAtLeast(pothole.appealId(), 1).get(0);
        assertThat(outweighed.outcome()).isEqualTo(RoutingOutcome.ASSIGNED);
        assertThat(outweighed.departmentId()).isEqualTo("mikhailovka-roads");
        assertThat(outweighed.reason().explanation()).contains("житель выбрал направление «ЖКХ», но текст ясно "
                + "говорит о направлении «Дороги»: выбор жителя перевешен текстом");
        AppealAssigned ignored = assigned.awaitAtLeast(oddCode.appealId(), 1).get(0);
        assertThat(ignored.departmentId()).isEqualTo("mikhailovka-roads");
        assertThat(ignored.reason().explanation()).doesNotContain("житель");
        assertThat(appeals.find(oddCode.appealId()).orElseThrow().categoryHint()).isNull();
        assertThat(prometheus()).containsPattern("appeals_routing_hints_total\\{effect=\"unknown\"} [1-9]")
                .containsPattern("appeals_routing_hints_total\\{effect=\"outweighed\"} [1-9]");
    }

    @Test
    void anOperatorPlacementSentTwiceIsAnsweredTwiceAndADifferentOneConflicts() {
        UUID appealId = inTriage("спасибо за работу");
        String body = "{\"category\":\"ROADS\",\"municipality\":\"FROLOVO\",\"departmentId\":\"frolovo-roads\"}";

        var first = calls.post("/api/v1/triage/" + appealId, Role.ADMIN, body);
        var retry = calls.post("/api/v1/triage/" + appealId, Role.ADMIN, body);
        var other = calls.post("/api/v1/triage/" + appealId, Role.OPERATOR,
                "{\"category\":\"HOUSING\",\"municipality\":\"FROLOVO\"}");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(calls.json(retry).get("eventId")).isEqualTo(calls.json(first).get("eventId"));
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(assigned.awaitAtLeast(appealId, 2)).extracting(AppealAssigned::method)
                .containsExactly(RoutingMethod.AUTO, RoutingMethod.OPERATOR);
    }

    @Test
    void replayingTheSameAppealReceivedMakesNoSecondDecision() {
        AppealReceived pothole = received("Яма на дороге в Камышине");
        publisher.publishDurably(Topics.APPEALS_RECEIVED, pothole);
        UUID eventId = assigned.awaitAtLeast(pothole.appealId(), 1).get(0).eventId();

        publisher.publishDurably(Topics.APPEALS_RECEIVED, pothole);
        AppealReceived after = received("Яма на дороге в Урюпинске");
        publisher.publishDurably(Topics.APPEALS_RECEIVED, after);
        assigned.awaitAtLeast(after.appealId(), 1); // one partition: the replay was handled before this

        assertThat(assigned.of(pothole.appealId())).extracting(AppealAssigned::eventId).containsExactly(eventId);
        assertThat(appeals.find(pothole.appealId()).orElseThrow().decision().eventId()).isEqualTo(eventId);
    }

    @Test
    void poisonAndInvalidRecordsGoToTheDeadLetterTopicAndTheConsumerGoesOn() {
        String poisonKey = "poison-" + UUID.randomUUID();
        sendRaw(poisonKey, "this is not json {");
        AppealReceived noText = received(null);
        publisher.publishDurably(Topics.APPEALS_RECEIVED, noText);
        AppealReceived good = received("Не горят фонари во дворе в Волжском");
        publisher.publishDurably(Topics.APPEALS_RECEIVED, good);

        assertThat(assigned.awaitAtLeast(good.appealId(), 1).get(0).departmentId()).isEqualTo("volzhsky-landscaping");
        try (var dlt = new TopicReader(brokers, Topics.deadLetter(Topics.APPEALS_RECEIVED))) {
            await().atMost(AssignedEvents.WAIT).until(() -> !dlt.valuesFor(poisonKey).isEmpty()
                    && !dlt.valuesFor(noText.appealId().toString()).isEmpty());
        }
        assertThat(appeals.find(noText.appealId())).isEmpty();
    }

    @Test
    void aDecisionStoredButNeverPublishedIsPublishedByTheOutboxRelay() {
        UUID appealId = UUID.randomUUID();
        Instant aMinuteAgo = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        Decision decision = new Decision(UUID.randomUUID(), aMinuteAgo, RoutingMethod.AUTO, RoutingOutcome.ASSIGNED,
                Category.HEALTHCARE, Municipality.KOTOVSKY, "region-healthcare", "Комитет здравоохранения Волгоградской области",
                new RoutingReason("regional:HEALTHCARE", List.of("Скорая"), 0.7, "stored before a crash"),
                Actor.SYSTEM);
        appeals.insertIfAbsent(new RoutedAppeal(appealId, UUID.randomUUID(), Channel.POS, aMinuteAgo,
                "Скорая ехала полтора часа", decision));

        assertThat(assigned.awaitAtLeast(appealId, 1).get(0).eventId()).isEqualTo(decision.eventId());
        await().atMost(AssignedEvents.WAIT).until(() -> published(appealId));
    }

    @Test
    void aTriageDecisionStillInTheOutboxReachesAppealsAssignedBeforeTheOperatorPlacementThatReplacesIt() {
        UUID appealId = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Decision triage = new Decision(UUID.randomUUID(), now, RoutingMethod.AUTO, RoutingOutcome.TRIAGE,
                Category.OTHER, Municipality.FROLOVO, null, null, new RoutingReason("triage", List.of(), 0.1, "test"),
                Actor.SYSTEM);
        // stored, but the broker did not take its event yet, and the relay leaves it alone for the grace period
        appeals.insertIfAbsent(new RoutedAppeal(appealId, UUID.randomUUID(), Channel.VK, now, "спасибо", triage));

        var placed = calls.post("/api/v1/triage/" + appealId, Role.OPERATOR,
                "{\"category\":\"ROADS\",\"municipality\":\"FROLOVO\"}");

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
        assertThat(assigned.awaitAtLeast(appealId, 2)).extracting(AppealAssigned::eventId)
                .containsExactly(triage.eventId(), UUID.fromString(calls.json(placed).get("eventId").asString()));
        assertThat(published(appealId)).isTrue();
    }

    @Test
    void callersWhoAreNotStaffAreForbiddenAndAnonymousOnesUnauthorized() {
        var channel = calls.get("/api/v1/triage", Role.CHANNEL);
        var department = calls.post("/api/v1/triage/" + UUID.randomUUID(), Role.DEPARTMENT,
                "{\"category\":\"ROADS\",\"municipality\":\"VOLGOGRAD\"}");
        var directory = calls.get("/api/v1/routing/departments", Role.CHANNEL);
        var anonymous = calls.get("/api/v1/triage", null);

        assertThat(List.of(channel, department, directory)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).doesNotContain("спасибо", "яма");
        });
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void badPlacementsGetClearProblemsAndLeaveTheAppealInTriage() {
        UUID appealId = inTriage("благодарю за помощь");
        String path = "/api/v1/triage/" + appealId;

        assertProblem(calls.post(path, Role.OPERATOR, "{\"category\":\"POTHOLES\",\"municipality\":\"VOLGOGRAD\"}"),
                400, "Unknown category code");
        assertProblem(calls.post(path, Role.OPERATOR, "{\"category\":\"ROADS\"}"), 400, "No municipality given");
        assertProblem(calls.post(path, Role.OPERATOR,
                "{\"category\":\"ROADS\",\"municipality\":\"VOLGOGRAD\",\"departmentId\":\"nowhere\"}"),
                400, "not in the directory");
        assertProblem(calls.post(path, Role.OPERATOR, "{\"category\":\"ROADS\",\"municipality\":\"UNKNOWN\"}"),
                400, "give a departmentId");
        assertProblem(calls.post(path, Role.OPERATOR, "{not json"), 400, "");
        assertProblem(calls.post(path, Role.OPERATOR, "null"), 400, "");
        assertProblem(calls.post("/api/v1/triage/not-a-uuid", Role.OPERATOR, "{}"), 400, "");
        assertProblem(calls.get("/api/v1/triage?limit=0", Role.OPERATOR), 400, "limit");
        assertProblem(calls.get("/api/v1/triage/" + UUID.randomUUID(), Role.OPERATOR), 404, "does not wait");
        assertProblem(calls.get("/api/v1/triage/not-a-uuid", Role.OPERATOR), 400, "");
        assertProblem(calls.get(path, Role.DEPARTMENT), 403, "");
        assertProblem(calls.post("/api/v1/triage/" + UUID.randomUUID(), Role.OPERATOR,
                "{\"category\":\"ROADS\",\"municipality\":\"VOLGOGRAD\"}"), 404, "knows no appeal");
        assertProblem(calls.post(path, Role.OPERATOR, "{\"pad\":\"" + "x".repeat(20_000) + "\"}"), 413, "larger");
        assertThat(calls.triageIds()).contains(appealId.toString());
    }

    @Test
    void staffReadTheDirectory() {
        var response = calls.get("/api/v1/routing/departments", Role.ADMIN);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode departments = calls.json(response);
        assertThat(departments.size()).isEqualTo(75);
        assertThat(response.body()).contains("\"id\":\"mikhailovka-roads\"", "\"id\":\"region-waste\"");
    }

    @Test
    void anOperatorsTriageDecisionTeachesTheClassifierToRouteTheSameKindOfTextItself() {
        UUID barrier = inTriage("Во дворе дома на Пушкина в Камышине сломан шлагбаум у въезда");

        var placed = calls.post("/api/v1/triage/" + barrier, Role.OPERATOR,
                "{\"category\":\"LANDSCAPING\",\"municipality\":\"KAMYSHIN\"}");
        assertThat(placed.statusCode()).isEqualTo(200);
        LabelledExample example = examples.all().stream().filter(e -> e.appealId().equals(barrier))
                .findFirst().orElseThrow();
        assertThat(example.source()).isEqualTo(LabelledExample.Source.TRIAGE);
        assertThat(example.recordedBy()).isEqualTo("test-operator");

        AppealReceived again = received("В Камышине во дворе на улице Ленина опять сломан шлагбаум");
        publisher.publishDurably(Topics.APPEALS_RECEIVED, again);
        AppealAssigned event = assigned.awaitAtLeast(again.appealId(), 1).get(0);
        assertThat(event.outcome()).isEqualTo(RoutingOutcome.ASSIGNED);
        assertThat(event.method()).isEqualTo(RoutingMethod.AUTO);
        assertThat(event.category()).isEqualTo(Category.LANDSCAPING);
        assertThat(event.departmentId()).isEqualTo("kamyshin-landscaping");
    }

    @Test
    void anMcuOperatorSeesAndPlacesOnlyTriageItemsRoutingSuggestsForItsMunicipalities() {
        UUID ours = storedInTriage(Municipality.MIKHAILOVKA);
        UUID theirs = storedInTriage(Municipality.KAMYSHIN);
        UUID notKnown = storedInTriage(Municipality.UNKNOWN);
        String mcu = TestIdentity.municipalOperator("mcu-mikhailovka", "MIKHAILOVKA");

        var listed = calls.json(calls.getAs("/api/v1/triage?limit=500", mcu)).valueStream()
                .map(item -> item.get("appealId").asString()).toList();
        var oursAlone = calls.getAs("/api/v1/triage/" + ours, mcu);
        var theirsAlone = calls.getAs("/api/v1/triage/" + theirs, mcu);
        var another = calls.postAs("/api/v1/triage/" + theirs, mcu, placement("KAMYSHIN"));
        var unknown = calls.postAs("/api/v1/triage/" + notKnown, mcu, placement("MIKHAILOVKA"));
        var elsewhere = calls.postAs("/api/v1/triage/" + ours, mcu, placement("KAMYSHIN"));
        var placed = calls.postAs("/api/v1/triage/" + ours, mcu, placement("MIKHAILOVKA"));

        assertThat(listed).contains(ours.toString()).doesNotContain(theirs.toString(), notKnown.toString());
        assertThat(calls.triageIds()).contains(theirs.toString(), notKnown.toString());
        assertThat(oursAlone.statusCode()).isEqualTo(200);
        assertThat(calls.json(oursAlone).get("appealId").asString()).isEqualTo(ours.toString());
        List.of(theirsAlone, another, unknown, elsewhere).forEach(refused -> {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(calls.json(refused).get("detail").asString()).doesNotContain("шлагбаум", "KAMYSHIN", "VK");
        });
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
        List<AppealAssigned> events = assigned.awaitAtLeast(ours, 2);
        assertThat(events.get(0).method()).isEqualTo(RoutingMethod.AUTO);
        AppealAssigned byOperator = events.get(1);
        assertThat(byOperator.method()).isEqualTo(RoutingMethod.OPERATOR);
        assertThat(byOperator.departmentId()).isEqualTo("mikhailovka-roads");
        assertThat(byOperator.actor()).isEqualTo(new Actor("mcu-mikhailovka", "OPERATOR"));
    }

    private static String placement(String municipality) {
        return "{\"category\":\"ROADS\",\"municipality\":\"" + municipality + "\"}";
    }

    /** An appeal routing already sent to triage (and published), with the municipality it suggested. */
    private UUID storedInTriage(Municipality suggested) {
        UUID appealId = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Decision triage = new Decision(UUID.randomUUID(), now, RoutingMethod.AUTO, RoutingOutcome.TRIAGE,
                Category.OTHER, suggested, null, null, new RoutingReason("triage", List.of(), 0.1, "test"),
                Actor.SYSTEM);
        appeals.insertIfAbsent(new RoutedAppeal(appealId, UUID.randomUUID(), Channel.VK, now,
                "Сломан шлагбаум у въезда", triage));
        assertThat(appeals.publishPending(appealId)).isTrue();
        return appealId;
    }

    private UUID inTriage(String text) {
        AppealReceived appeal = received(text);
        publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
        assertThat(assigned.awaitAtLeast(appeal.appealId(), 1).get(0).outcome()).isEqualTo(RoutingOutcome.TRIAGE);
        return appeal.appealId();
    }

    private void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(calls.json(response).get("detail").asString()).contains(detail);
    }

    private String prometheus() {
        return calls.get("/actuator/prometheus", null).body();
    }

    private void sendRaw(String key, String value) {
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", brokers),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.APPEALS_RECEIVED, key, value));
        }
    }
}
