/** Deliveries over HTTP: staff's view and re-sends of parked ones, channel adapters' receipts. */
package org.appeals.notification.tracking;
