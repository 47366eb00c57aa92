/** Runs the whole platform on one machine without Docker: Kafka, the MongoDB-wire server, the channel stub and the five services. */
package org.appeals.launcher;
