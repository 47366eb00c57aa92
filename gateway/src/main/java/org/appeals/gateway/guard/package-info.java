/** The servlet filter in front of the routes: path, key, rate, policy and body checks, identity headers, metrics. */
package org.appeals.gateway.guard;
