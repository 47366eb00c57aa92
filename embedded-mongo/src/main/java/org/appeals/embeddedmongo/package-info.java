/**
 * A MongoDB-wire server (mongo-java-server, H2 file backend) with the indexes stock 1.47 lacks, for the local run and
 * the benchmarks when Docker is not there; see this module's README.
 */
package org.appeals.embeddedmongo;
