package org.appeals.bench.console;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * Gives part of the seeded appeals a history, so the review queue and the answered statuses are not empty: each gets
 * a FINAL answer from its department's demo key (review mode ALWAYS puts it in the review queue), and every second one
 * is approved by the centre's operator. Through the gateway, as department systems and operators do it.
 */
final class SeedAnswers {

    private static final String ANSWER = """
            {"kind":"FINAL","text":"Обращение рассмотрено: работы выполнены, результат проверен на месте \
            специалистом отдела."}""";
    private static final int THREADS = 4;
    private static final int PAGE = 100;

    private SeedAnswers() {
    }

    /** What answering did. */
    record Done(long answered, long approved, long failed) {
        @Override
        public String toString() {
            return String.format("%,d answered FINAL (%,d of them approved, %,d in review); %,d requests failed",
                    answered, approved, answered - approved, failed);
        }
    }

    static Done answer(PlatformApi api, long count, PrintStream out) throws InterruptedException {
        List<PlatformApi.Placed> appeals = pick(api, count);
        out.printf("Answering %,d appeals (every second one approved) ...%n", appeals.size());
        LongAdder answered = new LongAdder();
        LongAdder approved = new LongAdder();
        LongAdder failed = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < appeals.size(); i++) {
                PlatformApi.Placed appeal = appeals.get(i);
                boolean approve = i % 2 == 0;
                work.add(pool.submit(() -> answerOne(api, appeal, approve, answered, approved, failed)));
            }
            for (Future<?> future : work) {
                awaitQuietly(future);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Done(answered.sum(), approved.sum(), failed.sum());
    }

    /** The newest appeals in an inbox, a page of intake's list at a time (which reads at most 10,000 deep). */
    private static List<PlatformApi.Placed> pick(PlatformApi api, long count) {
        List<PlatformApi.Placed> appeals = new ArrayList<>();
        for (int page = 0; appeals.size() < count && (page + 1) * PAGE <= 10_000; page++) {
            List<PlatformApi.Placed> found = api.assigned(page, PAGE);
            if (found.isEmpty()) {
                break;
            }
            appeals.addAll(found.subList(0, (int) Math.min(found.size(), count - appeals.size())));
        }
        return appeals;
    }

    private static void answerOne(PlatformApi api, PlatformApi.Placed appeal, boolean approve, LongAdder answered,
                                  LongAdder approved, LongAdder failed) {
        String path = "/api/v1/departments/" + appeal.departmentId() + "/appeals/" + appeal.appealId() + "/answers";
        if (api.post(path, "demo-dept-" + appeal.departmentId(), ANSWER) / 100 != 2) {
            failed.increment();
            return;
        }
        answered.increment();
        if (approve) {
            int status = api.post("/api/v1/reviews/" + appeal.appealId() + "/approve", PlatformApi.OPERATOR_KEY, "{}");
            (status / 100 == 2 ? approved : failed).increment();
        }
    }

    private static void awaitQuietly(Future<?> future) throws InterruptedException {
        try {
            future.get();
        } catch (ExecutionException e) {
            // answerOne counts its own failures; nothing else can throw
        }
    }
}
