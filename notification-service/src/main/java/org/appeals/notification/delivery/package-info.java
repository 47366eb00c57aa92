/** Deliveries: one durable reply per interim or final answer, created from appeals.answered. */
package org.appeals.notification.delivery;
