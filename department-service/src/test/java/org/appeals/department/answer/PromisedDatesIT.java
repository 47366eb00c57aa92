package org.appeals.department.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Author;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Location;
import org.appeals.contracts.Topics;
import org.appeals.department.appeal.Appeals;
import org.appeals.department.overdue.OverdueSweep;
import org.appeals.department.testing.DepartmentApi;
import org.appeals.department.testing.DepartmentIntegrationTest;
import org.appeals.department.testing.Events;
import org.appeals.support.testing.TopicReader;
import org.appeals.support.web.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The date promised in an interim answer is a deadline the department is held to: shown in the views, flagged and
 * announced once when missed, replaced by a later promise, ended by the final answer, and never after the legal term
 * of a written appeal.
 */
class PromisedDatesIT extends DepartmentIntegrationTest {

    private static final ZoneId VOLGOGRAD = ZoneId.of("Europe/Volgograd");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    OverdueSweep sweep;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Appeals appeals;

    @Test
    void anInterimAnswersPromisedDateIsADeadlineTheAppealAndTheInboxShow() {
        String department = Events.department();
        UUID appealId = assigned(department);
        LocalDate promised = today().plusDays(3);

        HttpResponse<String> interim = interim(department, appealId, promised);

        assertThat(interim.statusCode()).isEqualTo(202);
        JsonNode item = awaitItem(department, appealId, i -> i.path("promisedBy").isString());
        assertThat(item.path("promisedBy").asString()).isEqualTo(promised.toString());
        assertThat(Instant.parse(item.path("promisedDueAt").asString())).isEqualTo(endOf(promised));
        assertThat(item.path("nextDueAt").asString()).as("the promise is due before the 7 working days")
                .isEqualTo(item.path("promisedDueAt").asString());
        JsonNode inbox = DepartmentApi.json(api().asDepartment(department)
                .get("/api/v1/departments/" + department + "/appeals?sort=due"));
        JsonNode listed = inbox.path("items").get(0);
        assertThat(listed.path("appealId").asString()).isEqualTo(appealId.toString());
        assertThat(listed.path("promisedBy").asString()).isEqualTo(promised.toString());
        assertThat(listed.path("promisedDueAt").asString()).isEqualTo(item.path("promisedDueAt").asString());
    }

    @Test
    void aMissedPromiseIsFlaggedAndAnnouncedOnceAndALaterPromiseReplacesItAndIsWatchedAfresh() {
        String department = Events.department();
        UUID appealId = assigned(department);
        LocalDate first = today().plusDays(2);
        assertThat(interim(department, appealId, first).statusCode()).isEqualTo(202);

        clock.advance(Duration.ofDays(1));
        sweep.sweep();
        assertThat(awaitItem(department, appealId, i -> true).path("overdue")).as("the promised day has not passed")
                .isEmpty();
        clock.advance(Duration.ofDays(2));
        sweep.sweep();
        sweep.sweep();

        JsonNode missed = awaitItem(department, appealId, i -> i.path("overdue").size() == 1);
        assertThat(missed.path("overdue").get(0).path("deadline").asString()).isEqualTo("PROMISED");
        assertThat(Instant.parse(missed.path("overdue").get(0).path("dueAt").asString())).isEqualTo(endOf(first));
        assertThat(missed.path("nextDueAt").asString()).as("the final answer's term still runs")
                .isEqualTo(missed.path("deadlines").path("answerDue").asString());
        assertThat(DepartmentApi.json(api().as(Role.OPERATOR, null).get("/api/v1/overdue?departmentId=" + department))
                .findValuesAsString("appealId")).containsExactly(appealId.toString());
        assertThat(DepartmentApi.json(api().asDepartment(department)
                .get("/api/v1/departments/" + department + "/appeals?overdue=true")).path("items")).hasSize(1);

        LocalDate second = today().plusDays(2);
        assertThat(interim(department, appealId, second).statusCode()).isEqualTo(202);
        JsonNode renewed = awaitItem(department, appealId, i -> i.path("promisedBy").asString()
                .equals(second.toString()));
        assertThat(Instant.parse(renewed.path("promisedDueAt").asString())).isEqualTo(endOf(second));
        assertThat(renewed.path("nextDueAt").asString()).isEqualTo(renewed.path("promisedDueAt").asString());
        clock.advance(Duration.ofDays(3));
        sweep.sweep();
        sweep.sweep();

        JsonNode missedAgain = awaitItem(department, appealId, i -> i.path("overdue").size() == 2);
        assertThat(missedAgain.path("overdue").findValuesAsString("deadline")).containsExactly("PROMISED", "PROMISED");
        assertThat(promisedOverdueEvents(appealId)).extracting(e -> Instant.parse(e.path("dueAt").asString()))
                .containsExactly(endOf(first), endOf(second));
        assertThat(meters.counter("appeals.overdue", "department", department, "deadline", "promised").count())
                .isEqualTo(2.0);
    }

    @Test
    void aFinalAnswerEndsThePromise() {
        String department = Events.department();
        UUID appealId = assigned(department);
        assertThat(interim(department, appealId, today().plusDays(2)).statusCode()).isEqualTo(202);

        HttpResponse<String> fin = api().asDepartment(department).answer(department, appealId, "FINAL",
                Events.CLEAN_FINAL_TEXT);

        assertThat(fin.statusCode()).isEqualTo(202);
        JsonNode answered = awaitItem(department, appealId, i -> i.path("state").asString().equals("ANSWERED"));
        assertThat(answered.path("promisedBy").isNull()).isTrue();
        assertThat(answered.path("promisedDueAt").isNull()).isTrue();
        assertThat(answered.path("nextDueAt").isNull()).isTrue();
        clock.advance(Duration.ofDays(4));
        sweep.sweep();
        assertThat(awaitItem(department, appealId, i -> true).path("overdue")).isEmpty();
    }

    @Test
    void aDateAfterTheLegalTermOfAWrittenAppealIsRefusedWithThatTerm() {
        String department = Events.department();
        UUID appealId = UUID.randomUUID();
        publish(Topics.APPEALS_RECEIVED, written(appealId, "Прошу отремонтировать дорогу на ул. Мира"));
        await().atMost(WAIT).until(() -> appeals.find(appealId).map(a -> a.content() != null).orElse(false));
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, department));
        Instant legalTerm = Instant.parse(awaitReadable(department, appealId).path("deadlines").path("answerDue")
                .asString());
        LocalDate legalDate = LocalDate.ofInstant(legalTerm, VOLGOGRAD);

        HttpResponse<String> late = interim(department, appealId, legalDate.plusDays(1));

        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(late.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = DepartmentApi.json(late);
        assertThat(problem.path("type").asString()).isEqualTo("urn:appeals:problem:promised-date-after-legal-term");
        assertThat(problem.path("code").asString()).isEqualTo("PROMISED_DATE_AFTER_LEGAL_TERM");
        assertThat(problem.path("legalTermDate").asString()).isEqualTo(legalDate.toString());
        assertThat(Instant.parse(problem.path("legalTerm").asString())).isEqualTo(legalTerm);
        assertThat(problem.path("detail").asString()).contains("later than the legal term")
                .contains(legalDate.toString());
        JsonNode untouched = awaitItem(department, appealId, i -> true);
        assertThat(untouched.path("state").asString()).isEqualTo("ASSIGNED");
        assertThat(untouched.path("answers")).isEmpty();

        assertThat(interim(department, appealId, legalDate).statusCode()).as("the term's own day may be promised")
                .isEqualTo(202);
        JsonNode promised = awaitItem(department, appealId, i -> i.path("promisedBy").isString());
        assertThat(Instant.parse(promised.path("promisedDueAt").asString())).as("never after the legal term")
                .isEqualTo(legalTerm);
    }

    @Test
    void aDateInThePastIsRefusedWithItsOwnCode() {
        String department = Events.department();
        UUID appealId = assigned(department);

        HttpResponse<String> past = interim(department, appealId, today().minusDays(1));

        assertThat(past.statusCode()).isEqualTo(400);
        JsonNode problem = DepartmentApi.json(past);
        assertThat(problem.path("code").asString()).isEqualTo("PROMISED_DATE_IN_THE_PAST");
        assertThat(problem.path("type").asString()).isEqualTo("urn:appeals:problem:promised-date-in-the-past");
        assertThat(problem.path("detail").asString()).contains("past");
    }

    @Test
    void anIncidentAnswerPromisesForEveryMemberAndIsRefusedWhereTheLegalTermIsEarlier() {
        String department = Events.department();
        UUID chat = UUID.randomUUID();
        publish(Topics.APPEALS_RECEIVED, Events.received(chat, "Огромная яма на улице Мира возле дома 5"));
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(chat, department));
        awaitReadable(department, chat);
        UUID letter = UUID.randomUUID();
        publish(Topics.APPEALS_RECEIVED, written(letter, "Яма на улице Мира у дома 5, прошу заделать"));
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(letter, department));
        awaitReadable(department, letter);
        DepartmentApi api = api().asDepartment(department);
        String incidentId = await().atMost(WAIT).until(() -> DepartmentApi.json(
                api.get("/api/v1/departments/" + department + "/incidents")).path("items"),
                items -> items.size() == 1 && items.get(0).path("members").size() == 2)
                .get(0).path("incidentId").asString();
        LocalDate promised = today().plusDays(45);

        HttpResponse<String> answered = api.post("/api/v1/departments/" + department + "/incidents/" + incidentId
                + "/answers", body(promised));

        assertThat(answered.statusCode()).isEqualTo(202);
        JsonNode members = DepartmentApi.json(answered).path("appeals");
        JsonNode chatOutcome = member(members, chat);
        JsonNode letterOutcome = member(members, letter);
        assertThat(chatOutcome.path("answered").asBoolean()).isTrue();
        assertThat(letterOutcome.path("answered").asBoolean()).isFalse();
        assertThat(letterOutcome.path("problem").asString()).contains("later than the legal term");
        assertThat(letterOutcome.path("problemCode").asString()).isEqualTo("PROMISED_DATE_AFTER_LEGAL_TERM");
        assertThat(chatOutcome.path("problemCode").isNull()).isTrue();
        assertThat(awaitItem(department, chat, i -> true).path("promisedBy").asString())
                .isEqualTo(promised.toString());
        assertThat(awaitItem(department, letter, i -> true).path("promisedBy").isNull()).isTrue();
    }

    private UUID assigned(String department) {
        UUID appealId = UUID.randomUUID();
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, department));
        awaitItem(department, appealId, item -> true);
        return appealId;
    }

    private HttpResponse<String> interim(String department, UUID appealId, LocalDate promisedBy) {
        return api().asDepartment(department).post(itemPath(department, appealId) + "/answers", body(promisedBy));
    }

    private static String body(LocalDate promisedBy) {
        return JSON.createObjectNode().put("kind", "INTERIM").put("text", "Ремонт включён в план, сообщим о сроках.")
                .put("promisedBy", promisedBy.toString()).toString();
    }

    /** A letter by e-mail: a written appeal under 59-ФЗ, registered now on the test's clock. */
    private AppealReceived written(UUID appealId, String text) {
        return new AppealReceived(AppealReceived.SCHEMA_VERSION, UUID.randomUUID(), appealId, clock.instant(),
                Channel.EMAIL, "mail:" + appealId, text, new Author("mail-1", Events.AUTHOR_NAME, null),
                Map.of("email", "resident@example.org"), new Location("Михайловка, ул. Мира", 50.06, 43.24),
                List.of(), clock.instant());
    }

    private List<JsonNode> promisedOverdueEvents(UUID appealId) {
        try (var overdue = new TopicReader(brokers, Topics.APPEALS_OVERDUE)) {
            await().atMost(WAIT).until(() -> promised(overdue, appealId).size() == 2);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> promised(overdue, appealId).size() == 2);
            return promised(overdue, appealId);
        }
    }

    private static List<JsonNode> promised(TopicReader topic, UUID appealId) {
        return topic.valuesFor(appealId.toString()).stream().map(JSON::readTree)
                .filter(event -> event.path("deadline").asString().equals("PROMISED")).toList();
    }

    private static JsonNode member(JsonNode members, UUID appealId) {
        return members.valueStream().filter(m -> m.path("appealId").asString().equals(appealId.toString()))
                .findFirst().orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VOLGOGRAD));
    }

    private static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(VOLGOGRAD).toInstant().minusSeconds(1);
    }
}
