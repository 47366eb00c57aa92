/** How the gateway's routes talk to the backends. */
package org.appeals.gateway.backends;
