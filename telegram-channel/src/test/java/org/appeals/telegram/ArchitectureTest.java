package org.appeals.telegram;

import org.appeals.support.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** Keeps the adapter's features free of cycles and the MongoDB driver inside its Mongo* adapters. */
class ArchitectureTest {

    private static final String BASE = "org.appeals.telegram";

    @Test
    void featuresAreFreeOfCycles() {
        ArchitectureRules.featuresAreFreeOfCycles(BASE);
    }

    @Test
    void onlyMongoAdaptersSeeTheDriver() {
        ArchitectureRules.onlyMongoAdaptersSeeTheDriver(BASE);
    }
}
