/** Machine keys as admins manage them: list, issue (the secret shown once), rotate, revoke, and the key audit. */
package org.appeals.console.keys;
