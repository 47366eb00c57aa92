/**
 * Departments answering appeals (interim, final, redirect); each answer reaches Kafka through its appeal's outbox
 * (service-support's {@code outbox}), stored by the same write as the answer. An interim answer's promised date
 * becomes the PROMISED deadline; a date in the past or after a written appeal's legal term is refused with a typed
 * problem ({@code PromisedDateProblem}).
 */
package org.appeals.department.answer;
