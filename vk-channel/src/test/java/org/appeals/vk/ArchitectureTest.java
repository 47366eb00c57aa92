package org.appeals.vk;

import org.appeals.support.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** Keeps the VK module's features free of cycles and the MongoDB driver inside its adapters. */
class ArchitectureTest {

    private static final String BASE = "org.appeals.vk";

    @Test
    void featuresAreFreeOfCycles() {
        ArchitectureRules.featuresAreFreeOfCycles(BASE);
    }

    @Test
    void onlyMongoAdaptersSeeTheDriver() {
        ArchitectureRules.onlyMongoAdaptersSeeTheDriver(BASE);
    }
}
