/** The notification service: relays departments' answers back to residents through their channels. */
package org.appeals.notification;
