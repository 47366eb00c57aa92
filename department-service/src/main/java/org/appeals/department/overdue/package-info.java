/** Deadlines watched: overdue flags and events, the operators' overdue list, closing after the feedback window, state gauges. */
package org.appeals.department.overdue;
