/** The department's own copy of each appeal (assignment, what the resident wrote, answers) and where it is stored. */
package org.appeals.department.appeal;
