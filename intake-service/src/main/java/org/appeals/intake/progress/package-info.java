/** Follows each appeal's progress from the events routing, departments and notification publish. */
package org.appeals.intake.progress;
