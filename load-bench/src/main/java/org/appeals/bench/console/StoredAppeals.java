package org.appeals.bench.console;

import java.util.Optional;
import org.appeals.contracts.Topics;

/**
 * How many appeals the stack holds: intake's own count through the API, or, where intake has no list yet, the
 * records on {@code appeals.received} (one per registered appeal) as the next best count.
 */
record StoredAppeals(long count, String source) {

    static StoredAppeals of(PlatformApi api, PipelineOffsets offsets) {
        Optional<Long> counted = api.appealCount();
        return counted.map(total -> new StoredAppeals(total, "intake's GET /api/v1/appeals total"))
                .orElseGet(() -> new StoredAppeals(offsets.records(Topics.APPEALS_RECEIVED),
                        "records on " + Topics.APPEALS_RECEIVED + "; intake's GET /api/v1/appeals did not answer"));
    }

    @Override
    public String toString() {
        return String.format("%,d (%s)", count, source);
    }
}
