/**
 * A load generator and benchmark for a running local stack, with Kafka's raw producer speed beside it; and the
 * fault-injection benchmark ({@link org.appeals.bench.ChaosRun}), which kills and restarts every part of a stack it
 * starts itself while the same kind of load runs. The console benchmark is {@link org.appeals.bench.console}.
 */
package org.appeals.bench;
