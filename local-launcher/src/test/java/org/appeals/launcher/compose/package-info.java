/** Checks that docker-compose.yml, Prometheus and Grafana stay in step with the services' own configuration. */
package org.appeals.launcher.compose;
