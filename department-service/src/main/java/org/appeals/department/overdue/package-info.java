/**
 * Deadlines watched: overdue flags and events (swept by one instance at a time), the operators' overdue list, closing
 * after the feedback window, state gauges (reported by one elected instance, so a sum over instances is right).
 */
package org.appeals.department.overdue;
