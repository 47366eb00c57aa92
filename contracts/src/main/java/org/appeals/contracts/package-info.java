/** The public vocabulary of the platform: event records, taxonomy codes and Kafka topic names. */
package org.appeals.contracts;
