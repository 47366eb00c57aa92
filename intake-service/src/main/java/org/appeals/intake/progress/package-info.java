/**
 * Follows each appeal's progress from the events routing, departments (answers, workflow moves, missed deadlines)
 * and notification publish.
 */
package org.appeals.intake.progress;
