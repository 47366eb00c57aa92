/** Manual triage: operators see the appeals routing could not place and place them themselves. */
package org.appeals.routing.triage;
