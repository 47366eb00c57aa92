package org.appeals.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appeals.bench.SampleTexts.Sample;
import org.appeals.contracts.Channel;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body a channel adapter would post for the n-th appeal of the run: a sample's text and channel, an external id
 * unique to this run (so intake's de-duplication never folds two bench appeals into one) and a plausible reply address.
 */
public final class AppealBodies {

    private final List<Sample> samples;
    private final String externalIdPrefix;
    private final JsonMapper json;

    public AppealBodies(List<Sample> samples, String externalIdPrefix, JsonMapper json) {
        this.samples = samples;
        this.externalIdPrefix = externalIdPrefix;
        this.json = json;
    }

    public Sample sample(long n) {
        return samples.get((int) (n % samples.size()));
    }

    /** The adapter's own id of the n-th appeal: the same on every retry, so intake registers it once. */
    public String externalId(long n) {
        return externalIdPrefix + n;
    }

    /** The JSON a channel adapter posts (or submits on Kafka) for the n-th appeal. */
    public byte[] body(long n) {
        Sample sample = sample(n);
        String externalId = externalId(n);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", sample.channel());
        body.put("externalId", externalId);
        body.put("text", sample.text());
        body.put("author", Map.of("id", "bench-resident-" + n, "name", "Житель " + n));
        body.put("replyTo", replyTo(sample.channel(), n));
        return json.writeValueAsBytes(body);
    }

    private static Map<String, String> replyTo(Channel channel, long n) {
        String id = Long.toString(n);
        return switch (channel) {
            case VK -> Map.of("ownerId", "-201", "postId", id);
            case TELEGRAM -> Map.of("chatId", "77", "messageId", id);
            case OK -> Map.of("groupId", "cur34", "topicId", id);
            case POS -> Map.of("posAppealId", id);
            case EMAIL -> Map.of("email", "resident+" + id + "@mail.example", "messageId", "bench-" + id);
            case WEB -> Map.of("email", "web-form-" + id + "@mail.example");
        };
    }
}
