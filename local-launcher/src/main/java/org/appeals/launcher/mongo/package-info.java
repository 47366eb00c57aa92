/** The MongoDB-wire server (mongo-java-server, H2 file backend) the services use when Docker is not there. */
package org.appeals.launcher.mongo;
