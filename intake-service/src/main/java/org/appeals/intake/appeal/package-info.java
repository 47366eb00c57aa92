/** An appeal as intake keeps it: the registered appeal, the events that followed, and the status they add up to. */
package org.appeals.intake.appeal;
