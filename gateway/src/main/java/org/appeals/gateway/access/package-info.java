/** Which client may call which path: the gateway's access policy, pure and free of servlet types. */
package org.appeals.gateway.access;
