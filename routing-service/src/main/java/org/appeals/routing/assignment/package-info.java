/**
 * Routing each received appeal once: one stored decision per appeal, published to appeals.assigned via an outbox that
 * one instance at a time relays, and the metrics of routing, with the triage size reported by one instance only.
 */
package org.appeals.routing.assignment;
