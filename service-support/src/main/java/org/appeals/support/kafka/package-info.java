/** Publishing appeal events durably, the platform's topics, and dead-lettering records that cannot be processed. */
package org.appeals.support.kafka;
