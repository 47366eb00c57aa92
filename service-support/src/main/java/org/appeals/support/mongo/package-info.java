/**
 * The service's own MongoDB database, a client that writes with {@code w=majority, j=true}, reads {@code majority}
 * and gives up in seconds, and a health check that works against the embedded MongoDB-wire server too.
 */
package org.appeals.support.mongo;
