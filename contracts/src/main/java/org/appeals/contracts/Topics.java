package org.appeals.contracts;

/** Names of the Kafka topics the services talk through. */
public final class Topics {

    public static final String APPEALS_RECEIVED = "appeals.received";
    public static final String APPEALS_ASSIGNED = "appeals.assigned";
    public static final String APPEALS_ANSWERED = "appeals.answered";
    public static final String APPEALS_NOTIFIED = "appeals.notified";
    /** Every move of an appeal through the department workflow ({@link AppealStateChanged}). */
    public static final String APPEALS_WORKFLOW = "appeals.workflow";
    /** A deadline of an appeal passed ({@link AppealOverdue}), published once per deadline. */
    public static final String APPEALS_OVERDUE = "appeals.overdue";
    /** The resident wrote back about an appeal: a clarification or feedback ({@link ResidentResponded}). */
    public static final String APPEALS_RESPONDED = "appeals.responded";
    /** Intake erased the resident's personal data from an appeal ({@link PersonalDataErased}); copies go too. */
    public static final String APPEALS_PERSONAL_DATA_ERASED = "appeals.personal-data-erased";

    /** Where channel adapters may publish appeals instead of posting them ({@link AppealSubmission}). */
    public static final String APPEALS_SUBMITTED = "appeals.submitted";

    /** Topics adapters write to, keyed by {@code <channel>:<externalId>}. */
    public static final java.util.List<String> ADAPTER_INPUT = java.util.List.of(APPEALS_SUBMITTED);

    /** Every topic whose records are appeal events, keyed by appeal id. */
    public static final java.util.List<String> APPEAL_EVENTS =
            java.util.List.of(APPEALS_RECEIVED, APPEALS_ASSIGNED, APPEALS_ANSWERED, APPEALS_NOTIFIED,
                    APPEALS_WORKFLOW, APPEALS_OVERDUE, APPEALS_RESPONDED, APPEALS_PERSONAL_DATA_ERASED);

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
