/** The rating buttons under a final answer, and the presses on them becoming the resident's feedback. */
package org.appeals.telegram.feedback;
