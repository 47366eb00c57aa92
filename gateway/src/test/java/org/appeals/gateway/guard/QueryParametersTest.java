package org.appeals.gateway.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void readsRepeatedEncodedAndValuelessParameters() {
        var parameters = QueryParameters.parse("status=ASSIGNED&tag=%D0%A6%D0%A3%D0%A034&tag=a+b&flag&&x=");

        assertThat(parameters.keySet()).containsExactly("status", "tag", "flag", "x");
        assertThat(parameters.get("tag")).containsExactly("ЦУР34", "a b");
        assertThat(parameters.get("flag")).containsExactly("");
        assertThat(parameters.get("x")).containsExactly("");
    }

    @Test
    void noQueryMeansNoParameters() {
        assertThat(QueryParameters.parse(null)).isEmpty();
        assertThat(QueryParameters.parse("")).isEmpty();
    }

    @Test
    void malformedPercentEncodingIsABadRequest() {
        assertThatThrownBy(() -> QueryParameters.parse("status=%zz"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.outcome()).isEqualTo(Outcome.BAD_REQUEST));
    }
}
