package org.appeals.intake.privacy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.appeals.contracts.ErasureReason;
import org.springframework.stereotype.Component;

/** {@code appeals.anonymised{reason}}: appeals whose personal data intake erased, after retention or on request. */
@Component
class PrivacyMetrics {

    static final String ANONYMISED = "appeals.anonymised";

    private final MeterRegistry registry;

    PrivacyMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (ErasureReason reason : ErasureReason.values()) {
            counter(reason); // both show from the start, as 0
        }
    }

    void anonymised(ErasureReason reason) {
        counter(reason).increment();
    }

    private Counter counter(ErasureReason reason) {
        return Counter.builder(ANONYMISED).description("Appeals whose resident's personal data was erased")
                .tag("reason", reason.name().toLowerCase(Locale.ROOT)).register(registry);
    }
}
