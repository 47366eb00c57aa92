package org.appeals.bench;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * After the drain, asks intake (through the gateway, with the channel key that posted it) for every accepted appeal:
 * a 404 means an acknowledged appeal is gone from the store, lost whatever the topics showed.
 */
final class IntakeLookup {

    private static final int ATTEMPTS = 3;

    private final Gateway gateway;
    private final RetryingAdapter adapter;
    private final ChaosLedger ledger;
    private final ErrorCounts errors;

    IntakeLookup(Gateway gateway, RetryingAdapter adapter, ChaosLedger ledger, ErrorCounts errors) {
        this.gateway = gateway;
        this.adapter = adapter;
        this.ledger = ledger;
        this.errors = errors;
    }

    void run() {
        for (Map.Entry<String, String> accepted : ledger.acceptedAppeals().entrySet()) {
            lookUp(accepted.getValue());
        }
    }

    private void lookUp(String appealId) {
        String outcome = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = gateway.get("/api/v1/appeals/" + appealId, adapter.keyOf(appealId))
                        .join();
                if (response.statusCode() == 200) {
                    return;
                }
                if (response.statusCode() == 404) {
                    ledger.unknownToIntake(appealId);
                    return;
                }
                outcome = "HTTP " + response.statusCode();
            } catch (CompletionException e) {
                outcome = RetryingAdapter.kind(e);
            }
            ChaosRun.pause(java.time.Duration.ofSeconds(1));
        }
        errors.add("lookup", outcome);
    }
}
