/** The routing service: classifies received appeals, places them with a department or in triage, and publishes why. */
package org.appeals.routing;
