package org.appeals.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;

/**
 * Plays the department and the centre's operator: as soon as an appeal of the run is in its inbox, a FINAL answer
 * with the department's key, then the operator's approval (review mode ALWAYS sends every final answer to review).
 */
final class Answerer {

    private static final byte[] ANSWER = """
            {"kind":"FINAL","text":"Обращение рассмотрено: работы выполнены 25 ноября, результат проверен на месте \
            специалистом отдела."}""".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EMPTY = "{}".getBytes(StandardCharsets.UTF_8);

    private final Gateway gateway;
    private final ErrorCounts errors;
    private final LongAdder approved = new LongAdder();

    Answerer(Gateway gateway, ErrorCounts errors) {
        this.gateway = gateway;
        this.errors = errors;
    }

    void answer(Trace trace) {
        String path = "/api/v1/departments/" + trace.departmentId + "/appeals/" + trace.appealId + "/answers";
        gateway.post(path, Gateway.departmentKey(trace.departmentId), ANSWER)
                .thenCompose(response -> response.statusCode() == 202 ? approve(trace)
                        : failed("answer", "HTTP " + response.statusCode()))
                .exceptionally(failure -> failed("answer", failure.getClass().getSimpleName()).join());
    }

    long approved() {
        return approved.sum();
    }

    private CompletableFuture<Void> approve(Trace trace) {
        return gateway.post("/api/v1/reviews/" + trace.appealId + "/approve", Gateway.OPERATOR_KEY, EMPTY)
                .thenCompose(response -> {
                    if (response.statusCode() == 200) {
                        approved.increment();
                        return CompletableFuture.completedFuture(null);
                    }
                    return failed("approve", "HTTP " + response.statusCode());
                });
    }

    private CompletableFuture<Void> failed(String step, String reason) {
        errors.add(step, reason);
        return CompletableFuture.completedFuture(null);
    }
}
