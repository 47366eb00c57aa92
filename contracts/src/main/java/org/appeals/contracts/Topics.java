package org.appeals.contracts;

/** Names of the Kafka topics the services talk through. */
public final class Topics {

    public static final String APPEALS_RECEIVED = "appeals.received";
    public static final String APPEALS_ASSIGNED = "appeals.assigned";
    public static final String APPEALS_ANSWERED = "appeals.answered";
    public static final String APPEALS_NOTIFIED = "appeals.notified";

    /** Every topic whose records are appeal events, keyed by appeal id. */
    public static final java.util.List<String> APPEAL_EVENTS =
            java.util.List.of(APPEALS_RECEIVED, APPEALS_ASSIGNED, APPEALS_ANSWERED, APPEALS_NOTIFIED);

    private static final String OUTBOUND_PREFIX = "outbound.";
    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    /** The topic a channel's adapter consumes replies from, e.g. {@code outbound.TELEGRAM}. */
    public static String outbound(Channel channel) {
        return OUTBOUND_PREFIX + channel.name();
    }

    /** Where records of {@code topic} that could not be processed are parked. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
