/** The platform's side of the adapter contract: the gateway's HTTP API with the channel's key. */
package org.appeals.telegram.gateway;
