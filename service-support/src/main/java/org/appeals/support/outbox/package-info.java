/**
 * The transactional outbox of every service that publishes appeal events: a change stores its events in the same
 * document, in the same single-document write ({@link org.appeals.support.outbox.OutboxDocuments}); the request then
 * publishes them ({@link org.appeals.support.outbox.Outbox#publish}) and each acknowledged event leaves the document;
 * what the broker did not take, or a crash left behind, the {@link org.appeals.support.outbox.OutboxRelay} publishes
 * later, on one instance at a time. MongoDB gives no multi-document transactions in the local run, so the event
 * always lives beside the change it reports.
 */
package org.appeals.support.outbox;
