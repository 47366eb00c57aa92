package org.appeals.vk.vkapi;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * One call of a VK API method: a form POST with the community's token and {@code v}, answered (HTTP 200 either way)
 * with {@code response} or {@code error} (https://dev.vk.com/ru/api/api-requests). No retries here: {@link VkCalls}
 * decides.
 */
class VkApi {

    private final RestClient http;
    private final String token;
    private final String version;

    VkApi(RestClient http, String token, String version) {
        this.http = http;
        this.token = token;
        this.version = version;
    }

    JsonNode call(String method, Map<String, String> params) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        params.forEach(form::add);
        form.add("access_token", token);
        form.add("v", version);
        JsonNode answer = http.post().uri("/{method}", method).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.APPLICATION_JSON).body(form).retrieve().body(JsonNode.class);
        if (answer == null) {
            throw new VkApiException(VkErrors.INTERNAL, "empty answer");
        }
        JsonNode error = answer.path("error");
        if (error.isObject()) {
            throw new VkApiException(error.path("error_code").asInt(), error.path("error_msg").asString(""));
        }
        return answer.path("response");
    }
}
