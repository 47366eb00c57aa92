/** Overdue: open appeals with a missed deadline, the latest-running-late first, by department. */
package org.appeals.console.overdue;
