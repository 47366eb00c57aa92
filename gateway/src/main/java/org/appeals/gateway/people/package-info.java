/** People logged in at the identity provider (OIDC): their bearer tokens checked and mapped to role and scope. */
package org.appeals.gateway.people;
