/** Keeps the department's appeals up to date from the platform's events: assignments, content, deliveries. */
package org.appeals.department.events;
