/** The access code residents get with their appeal's number: the short secret that opens its public status page. */
package org.appeals.intake.access;
