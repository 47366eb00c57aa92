/** Per-channel circuit breakers (Resilience4j) and in-flight caps, so that one dead or slow adapter does not hold up the others. */
package org.appeals.notification.circuit;
