package org.appeals.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.Samples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

class ApiDocsIT extends EmbeddedIntakeTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theDocumentListsEveryEndpointTheControllersMap() {
        JsonNode paths = apiDocs().get("paths");

        List<String> mapped = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("org.appeals.intake")) {
                for (String path : info.getPatternValues()) {
                    info.getMethodsCondition().getMethods().forEach(http ->
                            mapped.add(http.name().toLowerCase(Locale.ROOT) + " " + path));
                }
            }
        });
        List<String> documented = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().propertyNames()
                .forEach(http -> documented.add(http + " " + path.getKey())));

        assertThat(mapped).contains("post /api/v1/appeals", "get /api/v1/appeals/{id}",
                "post /api/v1/appeals/{id}/feedback");
        assertThat(documented).containsExactlyInAnyOrderElementsOf(mapped);
    }

    @Test
    void theAppealEndpointsShowTheirRequestBodies() {
        JsonNode docs = apiDocs();

        JsonNode appeal = body(docs, "/api/v1/appeals");
        assertThat(appeal.propertyNames()).contains("channel", "externalId", "text", "author", "replyTo",
                "location", "attachments", "receivedAt", "inReplyTo", "feedback");
        JsonNode feedback = body(docs, "/api/v1/appeals/{id}/feedback");
        assertThat(feedback.propertyNames()).containsExactlyInAnyOrder("rating", "solved", "text", "externalId");
        JsonNode read = docs.at("/paths/~1api~1v1~1appeals~1{id}/get");
        assertThat(read.get("parameters").findValuesAsString("name")).containsExactly("id");
    }

    private JsonNode body(JsonNode docs, String path) {
        JsonNode post = docs.get("paths").get(path).get("post");
        String ref = post.at("/requestBody/content/application~1json/schema/$ref").asString();
        assertThat(ref).as(path).startsWith("#/components/schemas/");
        assertThat(post.has("parameters") ? post.get("parameters").findValuesAsString("name") : List.<String>of())
                .as("the caller comes from the gateway's headers").doesNotContain("caller");
        return docs.at(ref.substring(1) + "/properties");
    }

    private JsonNode apiDocs() {
        var response = client().get("/v3/api-docs", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return Samples.read(response.body());
    }
}
