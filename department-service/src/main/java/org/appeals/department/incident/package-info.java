/**
 * Incidents: appeals about one and the same problem grouped, so a department sees and answers the problem once. Any
 * number of instances group at once, with conditional writes only: reports placed at the same moment that each
 * opened an incident of their own are merged into one ({@code TwinIncidents}).
 */
package org.appeals.department.incident;
