/** Child JVM processes with log files, readiness checks and orderly stops; shared with the end-to-end tests. */
package org.appeals.launcher.process;
