/** Departments answering appeals (interim, final, redirect) and the outbox that gets every answer onto Kafka. */
package org.appeals.department.answer;
