/** Publishing AppealReceived events from the stored appeals, and republishing those the broker did not acknowledge. */
package org.appeals.intake.outbox;
