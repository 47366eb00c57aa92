/**
 * Delivery workers: claim due deliveries of channels whose circuit lets them, hand replies to their channels, retry
 * with jittered back-off, park after the last attempt; the write that ends a delivery stores its AppealNotified in
 * the delivery's outbox, published right after or by service-support's outbox relay.
 */
package org.appeals.notification.dispatch;
