/** The gateway: the platform's one HTTP entry, which authenticates, scopes, limits and routes every call. */
package org.appeals.gateway;
