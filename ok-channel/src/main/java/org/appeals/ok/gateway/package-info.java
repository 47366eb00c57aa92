/** The platform's API as the adapter calls it through the gateway with the OK channel's key. */
package org.appeals.ok.gateway;
