/**
 * A load generator and benchmark for a running local stack, with Kafka's raw producer speed beside it; and the
 * fault-injection benchmark ({@link org.appeals.bench.ChaosRun}), which kills and restarts every part of a stack it
 * starts itself while the same kind of load runs.
 */
package org.appeals.bench;
