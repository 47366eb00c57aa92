/**
 * Scheduled work, one style for every service: Spring's {@code @Scheduled}, and for work that must be done once across
 * all running instances (outbox relays, deadline sweeps, mailbox polls) ShedLock's {@code @SchedulerLock} with its
 * lease kept in the service's own MongoDB database. Gauges counted over the whole database are reported by one
 * elected instance only ({@link org.appeals.support.scheduling.ElectedGauge}), so summing a gauge over instances is
 * right.
 */
package org.appeals.support.scheduling;
