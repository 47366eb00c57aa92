/** The record of who read residents' personal data, and when, for the admins to list. */
package org.appeals.intake.audit;
