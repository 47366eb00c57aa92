package org.appeals.ok.api;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code appeals_ok_api_errors_total{code}}: OK's error codes (0: no answer), as https://apiok.ru/dev/errors numbers
 * them.
 */
class OkApiMetrics {

    private final MeterRegistry registry;

    OkApiMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void apiError(int code) {
        registry.counter("appeals.ok.api.errors", "code", Integer.toString(code)).increment();
    }
}
