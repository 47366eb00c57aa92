/** Delivery workers: claim due deliveries, hand replies to their channels, retry with back-off, announce outcomes. */
package org.appeals.notification.dispatch;
