/**
 * The department workflow: {@link org.appeals.department.workflow.Workflow} checks each step against the table of
 * allowed moves ({@link org.appeals.department.appeal.StateMachine}), stores the move together with its
 * {@code appeals.workflow} event through its own port ({@link org.appeals.department.workflow.WorkflowStore}, MongoDB
 * in {@code MongoWorkflowStore}), keeps the milestones and the next deadline, and counts it.
 */
package org.appeals.department.workflow;
