package org.appeals.department.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class BsonValuesTest {

    @Test
    void anInstantBeyondABsonDatesRangeBecomesTheNearestDateInsteadOfFailing() {
        assertThat(BsonValues.date(Instant.MAX)).isEqualTo(new Date(Long.MAX_VALUE));
        assertThat(BsonValues.date(Instant.parse("+1000000000-01-01T00:00:00Z"))).isEqualTo(new Date(Long.MAX_VALUE));
        assertThat(BsonValues.date(Instant.MIN)).isEqualTo(new Date(Long.MIN_VALUE));
        assertThat(BsonValues.storable(Instant.MIN)).isEqualTo(new Date(Long.MIN_VALUE).toInstant());
    }

    @Test
    void anOrdinaryInstantIsStoredAsItIs() {
        Instant instant = Instant.parse("2026-11-20T08:15:29.123Z");

        assertThat(BsonValues.date(instant)).isEqualTo(Date.from(instant));
        assertThat(BsonValues.storable(instant)).isEqualTo(instant);
        assertThat(BsonValues.date(null)).isNull();
    }
}
