/**
 * Departments answering appeals (interim, final, redirect); each answer reaches Kafka through its appeal's outbox
 * (service-support's {@code outbox}), stored by the same write as the answer.
 */
package org.appeals.department.answer;
