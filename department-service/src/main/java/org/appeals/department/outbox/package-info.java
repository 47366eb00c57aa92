/** Publishing the events stored in each appeal's outbox, right away and again by a relay after failures. */
package org.appeals.department.outbox;
