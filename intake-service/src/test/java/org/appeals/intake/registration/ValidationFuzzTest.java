package org.appeals.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.appeals.contracts.AppealSubmission;
import org.junit.jupiter.api.Test;

/**
 * Nothing intake accepts may fail later for its content. Random and extreme bodies go through the checks every entry
 * point uses ({@code POST /api/v1/appeals}, {@code appeals.submitted}, Open311 and the e-mail channel all end in
 * {@link AppealRequestValidator}); each one accepted becomes the event intake publishes and goes through every
 * conversion its consumers apply ({@link ConsumerConversions}). A refusal must be a field violation, never another
 * exception. The seed is fixed so that a failure can be replayed; the failing case number is in the message.
 */
class ValidationFuzzTest {

    private static final long SEED = 20_261_204L;
    private static final int CASES = 20_000;
    private static final Instant NOW = Instant.parse("2026-12-04T07:00:00Z");

    @Test
    void everyBodyIsRefusedByFieldOrAcceptedAndThenConvertedByEveryConsumerWithoutThrowing() {
        Extremes extremes = new Extremes(new Random(SEED), NOW);
        ConsumerConversions consumers = new ConsumerConversions();
        int accepted = 0;
        for (int i = 0; i < CASES; i++) {
            AppealRequest body = extremes.body();
            AppealSubmission appeal = validated(body, i);
            if (appeal != null) {
                try {
                    consumers.apply(AppealRegistration.received(appeal, UUID.randomUUID(), UUID.randomUUID(), NOW));
                } catch (RuntimeException | AssertionError e) {
                    throw new AssertionError("case " + i + ": accepted " + body + " but a consumer failed", e);
                }
                accepted++;
            }
        }
        System.out.printf("validation fuzz: %d cases (seed %d), %d accepted and converted, %d refused%n",
                CASES, SEED, accepted, CASES - accepted);
        // the generator must reach the consumers often enough for the second half to mean something
        assertThat(accepted).isGreaterThan(CASES / 20);
        assertThat(CASES - accepted).isGreaterThan(CASES / 2);
    }

    private static AppealSubmission validated(AppealRequest body, int i) {
        try {
            return AppealRequestValidator.validate(body, NOW);
        } catch (InvalidAppealException refused) {
            assertThat(refused.violations()).as("case %d", i).isNotEmpty();
            return null;
        } catch (RuntimeException e) {
            throw new AssertionError("case " + i + ": " + body + " was neither accepted nor refused by field", e);
        }
    }
}
