/** API keys from configuration and the client, role and scope each one stands for. */
package org.appeals.gateway.keys;
