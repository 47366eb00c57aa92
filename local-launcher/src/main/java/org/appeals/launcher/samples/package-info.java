/** Sends labelled sample appeals through the gateway and compares the routing with the labels. */
package org.appeals.launcher.samples;
