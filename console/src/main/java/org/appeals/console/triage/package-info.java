/** Triage: the appeals routing could not place, and the operator's placement of one (category, municipality, department). */
package org.appeals.console.triage;
