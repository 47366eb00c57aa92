/** The servlet filter in front of the routes: path, credential, rate, policy and body checks, the signed identity, metrics. */
package org.appeals.gateway.guard;
