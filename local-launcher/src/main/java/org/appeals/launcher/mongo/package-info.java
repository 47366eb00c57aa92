/** Starts the MongoDB-wire server of the embedded-mongo module as a child process of the local stack. */
package org.appeals.launcher.mongo;
