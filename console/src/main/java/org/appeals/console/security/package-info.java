/** Login at the OIDC identity provider; the console is its client, never a password store. */
package org.appeals.console.security;
