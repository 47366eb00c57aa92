/** Channel adapters' webhooks: settings per channel, signed POSTs of replies. */
package org.appeals.notification.channel;
