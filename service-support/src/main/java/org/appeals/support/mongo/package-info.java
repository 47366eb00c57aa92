/** The service's own MongoDB database and a health check that works against the embedded MongoDB-wire server too. */
package org.appeals.support.mongo;
