/** Deadlines in working time on the Russian production calendar, with the rules that set them kept as data. */
package org.appeals.department.deadline;
