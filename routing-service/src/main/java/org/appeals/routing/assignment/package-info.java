/** Routing each received appeal once: one stored decision per appeal, published to appeals.assigned via an outbox. */
package org.appeals.routing.assignment;
