/** Keycloak, the identity provider people log in to, run from its Maven Central distribution for the local stack and tests. */
package org.appeals.launcher.keycloak;
