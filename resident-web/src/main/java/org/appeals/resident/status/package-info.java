/** {@code /appeal/{number}?code=}: where an appeal stands, for whoever holds its number and access code. */
package org.appeals.resident.status;
