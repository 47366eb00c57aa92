/** Prometheus next to the local stack, when its binary is installed: the rules and graphs of ops/ without Docker. */
package org.appeals.launcher.prometheus;
