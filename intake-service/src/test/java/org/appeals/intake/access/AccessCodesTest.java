package org.appeals.intake.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class AccessCodesTest {

    private final AccessCodes codes = new AccessCodes("test-key");

    @Test
    void anAppealAlwaysHasTheSameCodeOfEightCrockfordCharacters() {
        UUID appealId = UUID.fromString("5d0c8c1a-3a43-4c6b-8f6e-7f3e2b1a0c11");

        assertThat(codes.of(appealId)).isEqualTo(new AccessCodes("test-key").of(appealId))
                .matches("[0-9A-HJKMNP-TV-Z]{8}");
    }

    @Test
    void appealsHaveDifferentCodesAndAnotherKeyGivesOthers() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(codes.of(UUID.randomUUID()));
        }
        UUID appealId = UUID.randomUUID();

        assertThat(seen).hasSize(1000);
        assertThat(new AccessCodes("another-key").of(appealId)).isNotEqualTo(codes.of(appealId));
    }

    @Test
    void aCodeIsTakenAsAPersonTypesItAndNothingElseIs() {
        UUID appealId = UUID.randomUUID();
        String code = codes.of(appealId);
        String spaced = (code.substring(0, 4) + " - " + code.substring(4)).toLowerCase();

        assertThat(codes.matches(appealId, code)).isTrue();
        assertThat(codes.matches(appealId, spaced)).isTrue();
        assertThat(codes.matches(appealId, code.substring(1))).isFalse();
        assertThat(codes.matches(appealId, codes.of(UUID.randomUUID()))).isFalse();
        assertThat(codes.matches(appealId, null)).isFalse();
        assertThat(codes.matches(appealId, "")).isFalse();
    }

    @Test
    void aCodeIsReadTheCrockfordWayWithLettersForTheDigitsTheyLookLike() {
        // a code with both a 0 and a 1, so the letters put in their place change what is typed
        UUID appealId = LongStream.iterate(0, i -> i + 1).mapToObj(i -> new UUID(0, i))
                .filter(id -> codes.of(id).contains("0") && codes.of(id).contains("1")).findFirst().orElseThrow();
        String code = codes.of(appealId);

        assertThat(codes.matches(appealId, code.replace('0', 'O').replace('1', 'I'))).isTrue();
        assertThat(codes.matches(appealId, code.replace('0', 'o').replace('1', 'l'))).isTrue();
    }
}
