/**
 * Publishing AppealReceived and ResidentResponded events from the stored appeals and responses, and republishing those
 * the broker did not acknowledge.
 */
package org.appeals.intake.outbox;
