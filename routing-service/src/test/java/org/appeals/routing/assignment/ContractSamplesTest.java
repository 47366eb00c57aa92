package org.appeals.routing.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.ContractSamples;
import org.appeals.contracts.RoutingMethod;
import org.appeals.routing.classify.Classifier;
import org.appeals.routing.directory.Directory;
import org.appeals.routing.directory.RoutingRules;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Routing against the platform's contract samples: it reads what intake sends and writes what departments expect. */
class ContractSamplesTest {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void theReceivedSampleIsPlacedAsTheAssignedSampleSays() {
        AppealAssigned expected = json.readValue(ContractSamples.APPEAL_ASSIGNED.json(), AppealAssigned.class);

        AppealAssigned produced = routeReceivedSample();

        assertThat(produced.appealId()).isEqualTo(expected.appealId());
        assertThat(produced.outcome()).isEqualTo(expected.outcome());
        assertThat(produced.method()).isEqualTo(expected.method());
        assertThat(produced.category()).isEqualTo(expected.category());
        assertThat(produced.municipality()).isEqualTo(expected.municipality());
        assertThat(produced.departmentId()).isEqualTo(expected.departmentId());
        assertThat(produced.departmentName()).isEqualTo(expected.departmentName());
        assertThat(produced.reason().ruleId()).isEqualTo(expected.reason().ruleId());
        assertThat(produced.reason().matchedTerms()).isEqualTo(expected.reason().matchedTerms());
    }

    @Test
    void whatRoutingPublishesHasExactlyTheFieldsOfTheAssignedSample() {
        JsonNode sample = json.readTree(ContractSamples.APPEAL_ASSIGNED.json());

        JsonNode produced = json.valueToTree(routeReceivedSample());

        assertThat(fieldPaths(produced, "")).isEqualTo(fieldPaths(sample, ""));
    }

    private AppealAssigned routeReceivedSample() {
        AppealReceived received = json.readValue(ContractSamples.APPEAL_RECEIVED.json(), AppealReceived.class);
        var placement = new RoutingRules(Directory.standard(), 0.35)
                .place(Classifier.standard().classify(received.text(), received.location()));
        return Decision.of(placement, RoutingMethod.AUTO, Instant.now()).toEvent(received.appealId());
    }

    private static Set<String> fieldPaths(JsonNode node, String prefix) {
        Set<String> paths = new TreeSet<>();
        for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            paths.add(prefix + name);
            if (node.get(name).isObject()) {
                paths.addAll(fieldPaths(node.get(name), prefix + name + "."));
            }
        }
        return paths;
    }
}
