/** Incidents: appeals about one and the same problem grouped, so a department sees and answers the problem once. */
package org.appeals.department.incident;
