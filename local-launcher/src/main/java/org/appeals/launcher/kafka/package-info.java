/** A single-node KRaft Apache Kafka broker run as a child process with its data under {@code .local/kafka}. */
package org.appeals.launcher.kafka;
