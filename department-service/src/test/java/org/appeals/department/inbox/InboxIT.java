package org.appeals.department.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.Topics;
import org.appeals.department.testing.DepartmentApi;
import org.appeals.department.testing.DepartmentIntegrationTest;
import org.appeals.department.testing.Events;
import org.appeals.support.web.Role;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class InboxIT extends DepartmentIntegrationTest {

    private static final String TEXT = "На улице Мира в Михайловке огромная яма прямо на проезжей части";

    @Autowired
    MongoDatabase database;

    @Test
    void anAssignedAppealWhoseTextFollowsAppearsInTheInboxWithItsText() {
        String department = Events.department();
        UUID appealId = UUID.randomUUID();

        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, department));
        publish(Topics.APPEALS_RECEIVED, Events.received(appealId, TEXT));

        JsonNode item = awaitReadable(department, appealId);
        assertThat(item.path("text").asString()).isEqualTo(TEXT);
        assertThat(item.path("state").asString()).isEqualTo("ASSIGNED");
        assertThat(item.path("category").path("code").asString()).isEqualTo("ROADS");
        assertThat(item.path("category").path("name").asString()).isEqualTo("Дороги");
        assertThat(item.path("municipality").path("name").asString()).isEqualTo("Михайловка");
        assertThat(item.path("channel").asString()).isEqualTo("TELEGRAM");
        assertThat(item.path("location").path("address").asString()).isEqualTo("Михайловка, ул. Мира");
        // a Telegram message is not a written appeal under 59-ФЗ: only the first reaction is due until somebody reacts
        assertThat(item.path("deadlines").path("firstReactionDue").isString()).isTrue();
        assertThat(item.path("nextDueAt").asString()).isEqualTo(item.path("deadlines").path("firstReactionDue").asString());
        assertThat(item.path("answers").isArray()).isTrue();
    }

    @Test
    void anAppealWhoseTextArrivesBeforeItsAssignmentAppearsInTheInboxWithItsText() {
        String department = Events.department();
        UUID appealId = UUID.randomUUID();

        publish(Topics.APPEALS_RECEIVED, Events.received(appealId, TEXT));
        await().atMost(WAIT).until(() -> database.getCollection("appeals")
                .find(new Document("_id", appealId.toString())).first() != null);
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, department));

        JsonNode listed = await().atMost(WAIT).until(() -> inbox(department, ""), page -> page.size() == 1);
        assertThat(listed.get(0).path("appealId").asString()).isEqualTo(appealId.toString());
        assertThat(listed.get(0).path("text").asString()).isEqualTo(TEXT);
    }

    @Test
    void theAuthorAndTheReplyAddressAreNeitherStoredNorShown() {
        String department = Events.department();
        UUID appealId = UUID.randomUUID();
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, department));
        publish(Topics.APPEALS_RECEIVED, Events.received(appealId, TEXT));

        String shown = awaitReadable(department, appealId).toString();
        String stored = database.getCollection("appeals").find(new Document("_id", appealId.toString())).first().toJson();

        for (String secret : new String[] {Events.AUTHOR_NAME, Events.AUTHOR_CONTACT, "secret-chat-77", "tg-1"}) {
            assertThat(shown).doesNotContain(secret);
            assertThat(stored).doesNotContain(secret);
        }
    }

    @Test
    void anotherDepartmentsKeyIsRefusedWithoutLearningAnythingOfTheInbox() {
        String department = Events.department();
        UUID appealId = UUID.randomUUID();
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, department));
        publish(Topics.APPEALS_RECEIVED, Events.received(appealId, TEXT));
        awaitReadable(department, appealId);

        DepartmentApi intruder = api().asDepartment("volgograd-housing");
        HttpResponse<String> list = intruder.get("/api/v1/departments/" + department + "/appeals");
        HttpResponse<String> one = intruder.get(itemPath(department, appealId));
        HttpResponse<String> channel = api().as(Role.CHANNEL, "TELEGRAM").get(itemPath(department, appealId));

        for (HttpResponse<String> refused : new HttpResponse[] {list, one, channel}) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            // the problem's instance is the path the caller sent; everything else must be silent about the appeals
            var problem = (tools.jackson.databind.node.ObjectNode) DepartmentApi.json(refused);
            problem.remove("instance");
            assertThat(problem.toString()).doesNotContain(appealId.toString(), "яма", "ROADS", "Мира");
        }
    }

    @Test
    void staffMayReadADepartmentsInbox() {
        String department = Events.department();
        UUID appealId = UUID.randomUUID();
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, department));
        awaitItem(department, appealId, item -> true);

        HttpResponse<String> operator = api().as(Role.OPERATOR, null).get(itemPath(department, appealId));

        assertThat(operator.statusCode()).isEqualTo(200);
        assertThat(DepartmentApi.json(operator).path("appealId").asString()).isEqualTo(appealId.toString());
    }

    @Test
    void anAppealOfAnotherDepartmentIsNotFoundJustLikeOneThatDoesNotExist() {
        String mine = Events.department();
        String theirs = Events.department();
        UUID theirAppeal = UUID.randomUUID();
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(theirAppeal, theirs));
        awaitItem(theirs, theirAppeal, item -> true);

        DepartmentApi me = api().asDepartment(mine);
        HttpResponse<String> other = me.get(itemPath(mine, theirAppeal));
        HttpResponse<String> unknown = me.get(itemPath(mine, UUID.randomUUID()));
        HttpResponse<String> notAnId = me.get("/api/v1/departments/" + mine + "/appeals/not-a-uuid");

        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(DepartmentApi.json(other).path("detail")).isEqualTo(DepartmentApi.json(unknown).path("detail"));
        assertThat(notAnId.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain(theirs);
    }

    @Test
    void theInboxListsTheNewestAssignmentFirstFiltersByStatusAndHonoursTheLimit() {
        String department = Events.department();
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(older, department, Instant.now().minusSeconds(3600)));
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(newer, department, Instant.now()));

        JsonNode all = await().atMost(WAIT).until(() -> inbox(department, ""), page -> page.size() == 2);
        assertThat(all.get(0).path("appealId").asString()).isEqualTo(newer.toString());
        assertThat(all.get(1).path("appealId").asString()).isEqualTo(older.toString());
        assertThat(inbox(department, "?limit=1")).hasSize(1);
        assertThat(inbox(department, "?status=ASSIGNED")).hasSize(2);
        assertThat(inbox(department, "?status=ANSWERED")).isEmpty();
    }

    @Test
    void anUnknownStatusOrAnOutOfRangeLimitIsABadRequest() {
        DepartmentApi department = api().asDepartment("mikhailovka-roads");
        String inbox = "/api/v1/departments/mikhailovka-roads/appeals";

        for (String query : new String[] {"?status=LOST", "?limit=0", "?limit=201", "?limit=many"}) {
            HttpResponse<String> response = department.get(inbox + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(DepartmentApi.json(response).path("status").asInt()).isEqualTo(400);
        }
    }

    @Test
    void aLaterAssignmentMovesTheAppealToTheOtherDepartment() {
        String first = Events.department();
        String second = Events.department();
        UUID appealId = UUID.randomUUID();
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, first));
        awaitItem(first, appealId, item -> true);

        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, second));

        awaitItem(second, appealId, item -> item.path("state").asString().equals("ASSIGNED"));
        assertThat(inbox(first, "")).isEmpty();
        assertThat(api().asDepartment(first).get(itemPath(first, appealId)).statusCode()).isEqualTo(404);
    }

    private JsonNode inbox(String department, String query) {
        HttpResponse<String> response = api().asDepartment(department)
                .get("/api/v1/departments/" + department + "/appeals" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        return DepartmentApi.json(response).path("items");
    }
}
