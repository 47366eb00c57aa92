/**
 * The department workflow: the states an appeal goes through and the one table of allowed moves
 * ({@link org.appeals.department.workflow.AppealState}), and {@link org.appeals.department.workflow.Workflow}, which
 * stores each move together with its {@code appeals.workflow} event, keeps the milestones and the next deadline, and
 * counts it.
 */
package org.appeals.department.workflow;
