/**
 * Updates from OK's webhook: taken durably and acknowledged at once, then turned into appeals or the resident's
 * replies through the gateway; and the webhook subscription itself.
 */
package org.appeals.ok.inbound;
