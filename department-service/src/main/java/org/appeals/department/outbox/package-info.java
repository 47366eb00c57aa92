/**
 * Publishing the events stored in each appeal's outbox, right away and again by a relay after failures; of several
 * instances one relays at a time (ShedLock, scheduling enabled by service-support).
 */
package org.appeals.department.outbox;
