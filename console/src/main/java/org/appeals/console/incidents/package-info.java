/** Incidents: appeals grouped as one problem, the largest first; where their answer stands; splitting one out. */
package org.appeals.console.incidents;
