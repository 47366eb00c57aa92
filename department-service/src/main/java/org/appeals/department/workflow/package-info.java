/**
 * The department workflow: {@link org.appeals.department.workflow.Workflow} checks each step against the table of
 * allowed moves ({@link org.appeals.department.appeal.StateMachine}), stores the move together with its
 * {@code appeals.workflow} event through its own port ({@link org.appeals.department.workflow.WorkflowStore}, MongoDB
 * in {@code MongoWorkflowStore}), keeps the milestones and the next deadline, and counts it. The event waits in the
 * appeal's outbox (service-support's {@code outbox}) until the broker took it: the request publishes it right after
 * the write, the shared relay whatever a request could not.
 */
package org.appeals.department.workflow;
