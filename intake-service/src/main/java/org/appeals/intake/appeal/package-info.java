/**
 * An appeal as intake keeps it: the registered appeal, the events that followed, and the status they add up to. The
 * appeals and residents' responses intake stores hold their own events in their outbox until the broker has them.
 */
package org.appeals.intake.appeal;
