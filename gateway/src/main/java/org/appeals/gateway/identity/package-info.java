/** Who is calling, one shape for people and machines, and the signed identity the gateway forwards to the services. */
package org.appeals.gateway.identity;
