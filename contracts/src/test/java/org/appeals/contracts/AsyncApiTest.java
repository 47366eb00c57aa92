package org.appeals.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class AsyncApiTest {

    private static final String SCHEMA_REF = "./schemas/";

    private final JsonNode asyncApi = YAMLMapper.builder().build()
            .readTree(ContractSchemas.resource("/asyncapi/asyncapi.yaml"));

    @Test
    void isAnAsyncApi3Document() {
        assertThat(asyncApi.get("asyncapi").asString()).startsWith("3.");
        assertThat(asyncApi.get("channels").isObject()).isTrue();
        assertThat(asyncApi.get("operations").isObject()).isTrue();
    }

    @Test
    void referencesEverySchemaAndEveryReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(asyncApi, refs);

        List<String> files = refs.stream().filter(ref -> ref.startsWith(SCHEMA_REF))
                .map(ref -> ref.substring(SCHEMA_REF.length())).distinct().toList();
        assertThat(files).containsExactlyInAnyOrderElementsOf(ContractSchemas.files());
        refs.stream().filter(ref -> ref.startsWith("#/")).forEach(ref ->
                assertThat(asyncApi.at(ref.substring(1)).isMissingNode()).as(ref).isFalse());
    }

    @Test
    void hasAChannelForEveryTopic() {
        List<String> addresses = new ArrayList<>();
        asyncApi.get("channels").forEach(channel -> addresses.add(channel.get("address").asString()));

        assertThat(addresses).containsAll(topicConstants());
        Topics.ADAPTER_INPUT.forEach(topic -> assertThat(addresses).contains(Topics.deadLetter(topic)));
        assertThat(addresses).contains("outbound.{channel}");
        for (Channel channel : Channel.values()) {
            assertThat("outbound.{channel}".replace("{channel}", channel.name())).isEqualTo(Topics.outbound(channel));
        }
    }

    @Test
    void theOutboundChannelParameterIsEveryChannelCode() {
        JsonNode parameter = asyncApi.at("/components/parameters/channel/enum");
        List<String> codes = new ArrayList<>();
        parameter.forEach(code -> codes.add(code.asString()));

        assertThat(codes).containsExactlyInAnyOrderElementsOf(Arrays.stream(Channel.values()).map(Enum::name).toList());
    }

    @Test
    void everyChannelCarriesAMessageWithAPayloadSchema() {
        asyncApi.get("channels").forEach(channel -> channel.get("messages").forEach(message -> {
            JsonNode resolved = asyncApi.at(message.get("$ref").asString().substring(1));
            assertThat(resolved.at("/payload/schema/$ref").asString()).as(channel.get("address").asString())
                    .startsWith(SCHEMA_REF);
        }));
    }

    private static List<String> topicConstants() {
        List<String> topics = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    topics.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return topics;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                if (entry.getKey().equals("$ref")) {
                    refs.add(entry.getValue().asString());
                } else {
                    collectRefs(entry.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
