package org.appeals.bench;

/**
 * One kill of the fault-injection run, times in seconds: when it was killed (from the start of sending), when the new
 * process was ready (its health, or its port for Kafka and MongoDB), when every service was healthy again.
 */
record KillTiming(String part, long killedPid, long newPid, double killedAtSeconds, double readySeconds,
                  double healthySeconds) {
}
