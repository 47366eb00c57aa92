package org.appeals.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.Topics;
import org.appeals.contracts.WorkflowState;
import org.appeals.contracts.WorkflowStep;
import org.appeals.intake.support.AppealBodies;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.Events;
import org.appeals.intake.support.RawKafka;
import org.appeals.intake.support.Samples;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;

class Open311IT extends EmbeddedIntakeTest {

    static final List<String> SERVICE_FIELDS =
            List.of("service_code", "service_name", "description", "metadata", "type", "keywords", "group");
    static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
            "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");

    @Test
    void servicesAreTheCategoriesInJson() {
        HttpResponse<String> response = open311().get("/services.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode services = Samples.read(response.body());
        assertThat(services.size()).isEqualTo(Category.values().length);
        JsonNode roads = services.get(0);
        assertThat(roads.propertyNames()).containsExactlyElementsOf(SERVICE_FIELDS);
        assertThat(roads.get("service_code").asString()).isEqualTo("ROADS");
        assertThat(roads.get("service_name").asString()).isEqualTo("Дороги");
        assertThat(roads.get("metadata").isBoolean()).isTrue();
        assertThat(roads.get("metadata").asBoolean()).isFalse();
        assertThat(roads.get("type").asString()).isEqualTo("realtime");
        assertThat(roads.get("keywords").asString()).contains("ямы");
        assertThat(roads.get("group").asString()).isEqualTo("Муниципальные вопросы");
    }

    @Test
    void servicesAreTheCategoriesInXml() {
        HttpResponse<String> response = open311().get("/services.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        Document xml = Open311Client.xml(response.body());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("services");
        List<Element> services = children(xml.getDocumentElement());
        assertThat(services).hasSize(Category.values().length).allSatisfy(service -> {
            assertThat(service.getTagName()).isEqualTo("service");
            assertThat(children(service)).extracting(Element::getTagName).containsExactlyElementsOf(SERVICE_FIELDS);
        });
        assertThat(text(services.get(2), "service_code")).isEqualTo("WASTE");
        assertThat(text(services.get(2), "metadata")).isEqualTo("false");
        assertThat(text(services.get(2), "group")).isEqualTo("Региональные вопросы");
    }

    @Test
    void aRequestPostedInJsonIsRegisteredAsAWebAppealAndReadBackWithoutPersonalData() {
        HttpResponse<String> posted = open311().post("/requests.json", pothole());

        assertThat(posted.statusCode()).isEqualTo(201);
        JsonNode created = Samples.read(posted.body());
        assertThat(created.size()).isEqualTo(1);
        assertThat(created.get(0).propertyNames())
                .containsExactly("service_request_id", "service_notice", "account_id");
        String id = created.get(0).get("service_request_id").asString();
        JsonNode received = theAppealReceived(id);
        assertThat(received.get("channel").asString()).isEqualTo("WEB");
        assertThat(received.get("text").asString()).isEqualTo("Яма на проезжей части у дома 12");
        assertThat(received.get("replyTo").get("email").asString()).isEqualTo("resident@mail.example");
        assertThat(received.get("replyTo").get("phone").asString()).isEqualTo("+79001112233");
        assertThat(received.get("author").get("name").asString()).isEqualTo("Пётр Иванов");
        assertThat(received.get("author").get("id").asString()).startsWith("open311:").doesNotContain("resident");
        assertThat(received.get("location").get("lat").asDouble()).isEqualTo(50.06);
        assertThat(received.get("categoryHint").asString()).as("the service the client chose is a hint")
                .isEqualTo("ROADS");

        HttpResponse<String> read = open311().get("/requests/" + id + ".json");

        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode request = Samples.read(read.body()).get(0);
        assertThat(request.propertyNames()).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(request.get("service_request_id").asString()).isEqualTo(id);
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("service_code").asString()).isEqualTo("ROADS");
        assertThat(request.get("service_name").asString()).isEqualTo("Дороги");
        assertThat(request.get("description").asString()).isEqualTo("Яма на проезжей части у дома 12");
        assertThat(request.get("address").asString()).isEqualTo("Михайловка, ул. Мира, 12");
        assertThat(request.get("lat").asDouble()).isEqualTo(50.06);
        assertThat(request.get("long").asDouble()).isEqualTo(43.24);
        assertThat(request.get("media_url").asString()).isEqualTo("https://example.org/photo/12.jpg");
        assertThat(Instant.parse(request.get("requested_datetime").asString())).isBefore(Instant.now().plusSeconds(1));
        assertThat(request.get("agency_responsible").isNull()).isTrue();
        assertThat(read.body()).doesNotContain("resident@mail.example", "+79001112233", "Пётр", "Иванов");
    }

    @Test
    void aRequestPostedInXmlIsReadBackInXml() {
        HttpResponse<String> posted = open311().post("/requests.xml", pothole());

        assertThat(posted.statusCode()).isEqualTo(201);
        Document created = Open311Client.xml(posted.body());
        assertThat(created.getDocumentElement().getTagName()).isEqualTo("service_requests");
        Element request = children(created.getDocumentElement()).get(0);
        assertThat(request.getTagName()).isEqualTo("request");
        assertThat(children(request)).extracting(Element::getTagName)
                .containsExactly("service_request_id", "service_notice", "account_id");
        String id = text(request, "service_request_id");

        HttpResponse<String> read = open311().get("/requests/" + id + ".xml");

        assertThat(read.statusCode()).isEqualTo(200);
        Document xml = Open311Client.xml(read.body());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_requests");
        Element readBack = children(xml.getDocumentElement()).get(0);
        assertThat(readBack.getTagName()).isEqualTo("request");
        assertThat(children(readBack)).extracting(Element::getTagName).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(text(readBack, "service_request_id")).isEqualTo(id);
        assertThat(text(readBack, "status")).isEqualTo("open");
        assertThat(text(readBack, "long")).isEqualTo("43.24");
        assertThat(text(readBack, "agency_responsible")).isEmpty();
        assertThat(read.body()).doesNotContain("resident@mail.example", "Пётр");
    }

    @Test
    void theRequestFollowsTheAppealToItsDepartmentAndIsClosedWhenTheWorkflowClosesIt() {
        String id = created(open311().post("/requests.json", pothole()));
        UUID appealId = UUID.fromString(id);
        Instant now = Instant.now();
        try (var kafka = new RawKafka(brokers)) {
            kafka.send(Topics.APPEALS_ASSIGNED, id, Samples.JSON.writeValueAsString(Events.placed(appealId, now,
                    RoutingMethod.AUTO, Category.ROADS, Municipality.MIKHAILOVKA, "mikhailovka-roads",
                    Events.ROADS_DEPARTMENT)));
            kafka.send(Topics.APPEALS_WORKFLOW, id, Samples.JSON.writeValueAsString(Events.moved(appealId,
                    WorkflowState.NOTIFIED, WorkflowState.CLOSED, WorkflowStep.CONFIRM_SOLVED, now.plusSeconds(60))));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode request = Samples.read(open311().get("/requests/" + id + ".json").body()).get(0);
            assertThat(request.get("status").asString()).isEqualTo("closed");
            assertThat(request.get("status_notes").asString()).isEqualTo("Обращение закрыто");
            assertThat(request.get("agency_responsible").asString()).isEqualTo(Events.ROADS_DEPARTMENT);
            assertThat(request.get("updated_datetime").asString()).isEqualTo(now.plusSeconds(60).toString());
            assertThat(request.get("expected_datetime").asString()).isEqualTo(now.plusSeconds(7 * 86400).toString());
        });
        JsonNode closed = Samples.read(open311().get("/requests.json?service_request_id=" + id + "&status=closed").body());
        assertThat(closed.findValuesAsString("service_request_id")).containsExactly(id);
    }

    @Test
    void searchFiltersByIdsServiceStatusAndDates() {
        String roads = created(open311().post("/requests.json", pothole()));
        Map<String, String> waste = new LinkedHashMap<>(pothole());
        waste.put("service_code", "WASTE");
        waste.put("description", "Контейнеры не вывозят неделю");
        String bins = created(open311().post("/requests.json", waste));

        assertThat(ids("/requests.json?service_request_id=" + roads + "," + bins)).containsExactlyInAnyOrder(roads, bins);
        assertThat(ids("/requests.json?service_code=WASTE&status=open")).contains(bins).doesNotContain(roads);
        assertThat(ids("/requests.json?service_code=ROADS,WASTE")).contains(roads, bins);
        assertThat(ids("/requests.json?status=closed")).doesNotContain(roads, bins);
        assertThat(ids("/requests.json?end_date=2020-01-01T00:00:00Z")).isEmpty();
        assertThat(ids("/requests.json?start_date=" + Instant.now().minusSeconds(3600))).contains(roads, bins);
    }

    @Test
    void aRetriedPostIsTheSameRequestAndRegistersOneAppeal() {
        Map<String, String> form = pothole();
        Map<String, String> retry = new LinkedHashMap<>(form);
        retry.put("email", "  Resident@Mail.EXAMPLE ");
        retry.put("lat", "50.0600");
        retry.put("description", "Яма на проезжей  части у дома 12\n");

        String first = created(open311().post("/requests.json", form));
        String second = created(open311().post("/requests.json", retry));

        assertThat(second).isEqualTo(first);
        theAppealReceived(first);
        Map<String, String> another = new LinkedHashMap<>(form);
        another.put("description", "Вторая яма у дома 14");
        assertThat(created(open311().post("/requests.json", another))).isNotEqualTo(first);
        Map<String, String> otherClient = new LinkedHashMap<>(form);
        otherClient.put("api_key", "second-open311-key");
        assertThat(created(open311().post("/requests.json", otherClient))).isNotEqualTo(first);
    }

    @Test
    void coordinatesAndDatesThatConsumersCannotHoldAreRefusedByTheirOpen311Field() {
        Map<String, String> notANumber = pothole();
        notANumber.put("lat", "NaN");
        Map<String, String> infinite = pothole();
        infinite.put("long", "1e400");

        assertThat(Samples.read(open311().post("/requests.json", notANumber).body()).findValuesAsString("description"))
                .containsExactly("lat must be between -90 and 90");
        assertThat(Samples.read(open311().post("/requests.json", infinite).body()).findValuesAsString("description"))
                .containsExactly("long must be between -180 and 180");
    }

    @Test
    void aWrongApiKeyIsRefusedAsTheSpecWritesErrors() {
        Map<String, String> form = new LinkedHashMap<>(pothole());
        form.put("api_key", "not-a-key");

        HttpResponse<String> json = open311().post("/requests.json", form);
        HttpResponse<String> xml = open311().post("/requests.xml", form);

        assertThat(json.statusCode()).isEqualTo(403);
        JsonNode error = Samples.read(json.body()).get(0);
        assertThat(error.propertyNames()).containsExactly("code", "description");
        assertThat(error.get("code").asInt()).isEqualTo(403);
        assertThat(error.get("description").asString()).contains("api_key");
        assertThat(xml.statusCode()).isEqualTo(403);
        Document errors = Open311Client.xml(xml.body());
        assertThat(errors.getDocumentElement().getTagName()).isEqualTo("errors");
        Element xmlError = children(errors.getDocumentElement()).get(0);
        assertThat(xmlError.getTagName()).isEqualTo("error");
        assertThat(text(xmlError, "code")).isEqualTo("403");
    }

    @Test
    void everyFaultOfAPostIsNamedByItsOpen311Field() {
        Map<String, String> form = new LinkedHashMap<>(pothole());
        form.remove("description");
        form.put("media_url", "javascript:alert(1)");

        HttpResponse<String> response = open311().post("/requests.json", form);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Samples.read(response.body()).findValuesAsString("description"))
                .anySatisfy(description -> assertThat(description).startsWith("description is required"))
                .anySatisfy(description -> assertThat(description).startsWith("media_url must be an http"));
        Map<String, String> nowhere = new LinkedHashMap<>(Map.of("api_key", "test-open311-key", "service_code", "FAX",
                "description", "?"));
        assertThat(Samples.read(open311().post("/requests.json", nowhere).body()).findValuesAsString("description"))
                .anySatisfy(description -> assertThat(description).startsWith("service_code is not a service"))
                .anySatisfy(description -> assertThat(description).contains("address_string"))
                .anySatisfy(description -> assertThat(description).startsWith("email or phone is required"));
    }

    @Test
    void onlyRequestsPostedThroughOpen311AreServed() {
        var posted = client().post(AppealBodies.json(AppealBodies.complete("WEB", unique("web-form"))), "CHANNEL", "WEB");
        String appealId = Samples.read(posted.body()).get("appealId").asString();

        HttpResponse<String> response = open311().get("/requests/" + appealId + ".xml");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Open311Client.xml(response.body()).getDocumentElement().getTagName()).isEqualTo("errors");
        assertThat(open311().get("/requests/" + UUID.randomUUID() + ".json").statusCode()).isEqualTo(404);
        assertThat(open311().get("/requests.json?start_date=yesterday").statusCode()).isEqualTo(400);
    }

    private Open311Client open311() {
        return new Open311Client(port);
    }

    /** A device of its own per call: identical forms are one request now, and each test wants its own. */
    private static Map<String, String> pothole() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", "test-open311-key");
        form.put("device_id", "device-" + UUID.randomUUID());
        form.put("service_code", "ROADS");
        form.put("lat", "50.06");
        form.put("long", "43.24");
        form.put("address_string", "Михайловка, ул. Мира, 12");
        form.put("description", "Яма на проезжей части у дома 12");
        form.put("email", "resident@mail.example");
        form.put("first_name", "Пётр");
        form.put("last_name", "Иванов");
        form.put("phone", "+79001112233");
        form.put("media_url", "https://example.org/photo/12.jpg");
        return form;
    }

    private static String created(HttpResponse<String> posted) {
        assertThat(posted.statusCode()).isEqualTo(201);
        return Samples.read(posted.body()).get(0).get("service_request_id").asString();
    }

    private List<String> ids(String pathAndQuery) {
        HttpResponse<String> response = open311().get(pathAndQuery);
        assertThat(response.statusCode()).isEqualTo(200);
        return Samples.read(response.body()).findValuesAsString("service_request_id");
    }

    private JsonNode theAppealReceived(String appealId) {
        try (var topic = new TopicReader(brokers, Topics.APPEALS_RECEIVED)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.valuesFor(appealId).size() == 1);
            return Samples.read(topic.valuesFor(appealId).get(0));
        }
    }

    private static List<Element> children(Node parent) {
        List<Element> elements = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static String text(Element parent, String name) {
        return children(parent).stream().filter(child -> child.getTagName().equals(name)).findFirst()
                .map(Element::getTextContent).orElseThrow(() -> new AssertionError("no <" + name + ">"));
    }
}
