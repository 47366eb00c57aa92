/**
 * Deliveries: one durable reply per interim or final answer (from appeals.answered), and status notices on
 * registration (appeals.received) and assignment (appeals.assigned); parked ones, re-sends and adapters' receipts.
 */
package org.appeals.notification.delivery;
