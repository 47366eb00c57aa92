package org.appeals.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document adapters and operators read is the one the controllers really serve. */
class ApiDocsIT extends NotificationITBase {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theDocumentListsEveryEndpointTheControllersMapAndTheReceiptBody() throws Exception {
        var response = call("GET", "/v3/api-docs", "ADMIN", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode docs = JsonMapper.builder().build().readTree(response.body());

        List<String> mapped = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("org.appeals.notification")) {
                for (String path : info.getPatternValues()) {
                    info.getMethodsCondition().getMethods().forEach(http ->
                            mapped.add(http.name().toLowerCase(Locale.ROOT) + " " + path));
                }
            }
        });
        List<String> documented = new ArrayList<>();
        docs.get("paths").properties().forEach(path -> path.getValue().propertyNames()
                .forEach(http -> documented.add(http + " " + path.getKey())));

        assertThat(mapped).contains("post /api/v1/deliveries/{deliveryId}/receipt", "get /api/v1/deliveries/parked",
                "post /api/v1/deliveries/{deliveryId}/resend");
        assertThat(documented).containsExactlyInAnyOrderElementsOf(mapped);
        JsonNode receipt = docs.at("/paths/~1api~1v1~1deliveries~1{deliveryId}~1receipt/post");
        String ref = receipt.at("/requestBody/content/application~1json/schema/$ref").asString();
        assertThat(docs.at(ref.substring(1) + "/properties").propertyNames()).containsExactlyInAnyOrder("status",
                "reason");
        assertThat(receipt.path("parameters").findValuesAsString("name")).containsExactly("deliveryId");
    }
}
