/**
 * Deadlines in working time on the Russian production calendar, with the rules that set them kept as data, and the
 * date promised in an interim answer as a deadline within the legal term.
 */
package org.appeals.department.deadline;
