/** {@code /feedback/{number}?code=}: the resident rates the final answer (the link in every final answer). */
package org.appeals.resident.feedback;
