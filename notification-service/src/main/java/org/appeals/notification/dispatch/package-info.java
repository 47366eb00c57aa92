/**
 * Delivery workers: claim due deliveries of channels whose circuit lets them, hand replies to their channels, retry
 * with jittered back-off, park after the last attempt, announce outcomes.
 */
package org.appeals.notification.dispatch;
