package org.appeals.ok.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** OK's error codes (https://apiok.ru/dev/errors) read as what the adapter does about them. */
class OkErrorKindTest {

    @Test
    void limitsAndAnUnavailableServiceAreTemporary() {
        assertThat(OkErrorKind.of(2)).isEqualTo(OkErrorKind.TEMPORARY);
        assertThat(OkErrorKind.of(8)).isEqualTo(OkErrorKind.TEMPORARY);
        assertThat(OkErrorKind.of(11)).isEqualTo(OkErrorKind.TEMPORARY);
        assertThat(new OkApiException(OkApiException.UNREACHABLE, "timeout").kind()).isEqualTo(OkErrorKind.TEMPORARY);
    }

    @Test
    void anExpiredOrInvalidSessionKeyIsABadToken() {
        assertThat(OkErrorKind.of(102)).isEqualTo(OkErrorKind.BAD_TOKEN);
        assertThat(OkErrorKind.of(103)).isEqualTo(OkErrorKind.BAD_TOKEN);
    }

    @Test
    void permissionAndRestrictionsMeanTheChatCannotBeWrittenTo() {
        assertThat(OkErrorKind.of(10)).isEqualTo(OkErrorKind.UNREACHABLE_CHAT);
        assertThat(OkErrorKind.of(300)).isEqualTo(OkErrorKind.UNREACHABLE_CHAT);
        assertThat(OkErrorKind.of(456)).isEqualTo(OkErrorKind.UNREACHABLE_CHAT);
    }

    @Test
    void aBadParameterOrTheCensorIsRejectedForGood() {
        assertThat(OkErrorKind.of(100)).isEqualTo(OkErrorKind.REJECTED);
        assertThat(OkErrorKind.of(454)).isEqualTo(OkErrorKind.REJECTED);
    }
}
