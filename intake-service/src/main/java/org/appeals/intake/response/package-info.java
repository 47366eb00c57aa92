/** Residents writing back about their appeals: replies to a department's question and feedback on the final answer. */
package org.appeals.intake.response;
