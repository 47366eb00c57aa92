/** Errors as the console's users read them: Russian, beside what caused them, never a stack trace. */
package org.appeals.console.errors;
