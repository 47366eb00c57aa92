/** Managed machine keys: stored hashed in MongoDB, issued, rotated and revoked by admins through the key API. */
package org.appeals.gateway.keys;
