/**
 * The console benchmark ({@code ./console-benchmark.sh}): seeds a local stack with many appeals over the adapters'
 * Kafka entry, logs the demo people in at the console as a browser does, and times every page on the server.
 */
package org.appeals.bench.console;
