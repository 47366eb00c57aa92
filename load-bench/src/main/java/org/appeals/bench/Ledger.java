package org.appeals.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Every appeal of this run, by id: when the gateway accepted it, when it reached its department's inbox (or triage)
 * and when its reply reached the channel. Events of other appeals on the same topics are ignored.
 */
final class Ledger implements PlatformEvents {

    private final Map<String, Trace> traces = new ConcurrentHashMap<>();
    private final String externalIdPrefix;
    private final Consumer<Trace> onReadyToAnswer;
    private final LongAdder receivedBytes = new LongAdder();
    private final LongAdder receivedRecords = new LongAdder();

    Ledger(String externalIdPrefix, Consumer<Trace> onReadyToAnswer) {
        this.externalIdPrefix = externalIdPrefix;
        this.onReadyToAnswer = onReadyToAnswer;
    }

    void accepted(String appealId, long at) {
        Trace trace = trace(appealId);
        trace.acceptedAt = at;
        trace.ours = true;
        answerIfReady(trace);
    }

    /** An {@code AppealReceived}: ours if its external id carries this run's prefix; its size is the record size. */
    @Override
    public void received(String appealId, String externalId, int bytes) {
        if (externalId.startsWith(externalIdPrefix)) {
            receivedBytes.add(bytes);
            receivedRecords.increment();
            Trace trace = trace(appealId);
            trace.ours = true;
            answerIfReady(trace);
        }
    }

    /** The first placement counts; a repeat of the event changes nothing. */
    @Override
    public void inInbox(String appealId, String departmentId, String eventId, long at) {
        Trace trace = trace(appealId);
        if (trace.inboxAt == 0) {
            trace.inboxAt = at;
        }
        trace.departmentId = departmentId;
        answerIfReady(trace);
    }

    @Override
    public void triaged(String appealId, String eventId) {
        trace(appealId).triaged = true;
    }

    @Override
    public void replied(String appealId, long at) {
        Trace trace = trace(appealId);
        if (trace.replyAt == 0) {
            trace.replyAt = at;
        }
    }

    long accepted() {
        return count(t -> t.acceptedAt != 0);
    }

    long count(Predicate<Trace> acceptedAnd) {
        return traces.values().stream().filter(t -> t.acceptedAt != 0).filter(acceptedAnd).count();
    }

    long[] latencies(Predicate<Trace> which, ToLongFunction<Trace> latency) {
        return traces.values().stream().filter(t -> t.acceptedAt != 0).filter(which).mapToLong(latency).toArray();
    }

    /** Mean size of this run's {@code appeals.received} values, the record size for the raw broker run. */
    int meanReceivedBytes() {
        long records = receivedRecords.sum();
        return records == 0 ? 0 : (int) (receivedBytes.sum() / records);
    }

    private Trace trace(String appealId) {
        return traces.computeIfAbsent(appealId, Trace::new);
    }

    private void answerIfReady(Trace trace) {
        if (trace.readyToAnswer()) {
            onReadyToAnswer.accept(trace);
        }
    }
}
