/** A load generator and benchmark for a running local stack, with Kafka's raw producer speed beside it. */
package org.appeals.bench;
