/** Test fixtures: sample events and bodies, and clients that talk to intake over HTTP and Kafka. */
package org.appeals.intake.support;
