package org.appeals.bench.console;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.appeals.bench.AppealBodies;
import org.appeals.contracts.AppealSubmission;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The n-th appeal to seed, as an adapter submits it on {@code appeals.submitted}: a sample's channel and words (from
 * {@link AppealBodies}), with a closing phrase that varies (50,000 copies of a few hundred texts would all fold into a
 * few hundred incidents) and a {@code receivedAt} spread over the last {@link #SPREAD}, so lists sorted or filtered
 * by date have something to sort.
 */
final class SeedAppeals {

    static final Duration SPREAD = Duration.ofDays(30);
    private static final List<String> TAILS = List.of("", " Дом %d.", " Обращаюсь уже не первый раз.",
            " Прошу принять меры, дом %d.", " Адрес: дом %d, подъезд %d.", " Жду ответа.");

    private final AppealBodies bodies;
    private final Instant now;
    private final JsonMapper json;

    SeedAppeals(AppealBodies bodies, Instant now, JsonMapper json) {
        this.bodies = bodies;
        this.now = now;
        this.json = json;
    }

    /** The record key adapters use: {@code <CHANNEL>:<externalId>}. */
    String key(long n) {
        return AppealSubmission.key(bodies.sample(n).channel(), bodies.externalId(n));
    }

    /** The submission's JSON. */
    byte[] value(long n) {
        ObjectNode body = (ObjectNode) json.readTree(bodies.body(n));
        body.put("text", bodies.sample(n).text() + tail(n));
        body.put("receivedAt", receivedAt(n).toString());
        return json.writeValueAsBytes(body);
    }

    /** Spread evenly over the last 30 days by a stride that visits every second of them before repeating. */
    Instant receivedAt(long n) {
        long seconds = SPREAD.toSeconds();
        return now.minusSeconds(Math.floorMod(n * 7_919L, seconds) + 1);
    }

    /** A closing phrase, house and entrance picked by a hash of n, so copies of one sample differ. */
    static String tail(long n) {
        long mix = n * 0x9E3779B97F4A7C15L;
        String tail = TAILS.get((int) Long.remainderUnsigned(mix >>> 7, TAILS.size()));
        return String.format(tail, 1 + Long.remainderUnsigned(mix >>> 17, 150), 1 + Long.remainderUnsigned(mix >>> 37, 8));
    }
}
