/**
 * Routing each received appeal once: one stored decision per appeal, its AppealAssigned kept in the appeal's document
 * (service-support's outbox) until appeals.assigned has it, and the metrics of routing, with the triage size reported
 * by one instance only.
 */
package org.appeals.routing.assignment;
