package org.appeals.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;

class Open311ProblemsTest {

    private final Open311Problems problems = new Open311Problems();

    @Test
    void anUnreachableStoreIsA503WithRetryAfterNotA500() {
        var response = problems.unexpected(new MongoTimeoutException("no server within 1500 ms"),
                new MockHttpServletRequest("POST", "/open311/v2/requests.json"));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(new String(response.getBody())).doesNotContain("1500");
    }

    @Test
    void anythingElseUnexpectedIsStillA500() {
        var response = problems.unexpected(new IllegalStateException("bug"),
                new MockHttpServletRequest("POST", "/open311/v2/requests.json"));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
    }
}
