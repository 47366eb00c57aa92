package org.appeals.bench;

/**
 * What {@link PlatformWatch} saw of an appeal on the platform's topics. Kafka delivers at least once and the watch
 * reads again from its start after a rebalance (a broker restart), so the same event may come twice: the event id
 * tells a repeat from a second placement.
 */
interface PlatformEvents {

    /** An {@code AppealReceived}: intake registered the appeal; {@code bytes} is the record's size. */
    void received(String appealId, String externalId, int bytes);

    /** An {@code AppealAssigned} with outcome TRIAGE: the appeal waits for an operator. */
    void triaged(String appealId, String eventId);

    /** A workflow step ASSIGN: the appeal is in its department's inbox. */
    void inInbox(String appealId, String departmentId, String eventId, long at);

    /** A FINAL answer on the appeal's outbound channel topic. */
    void replied(String appealId, long at);
}
