/** What every resident page shares: dates in Volgograd time and Russian words, the error pages. */
package org.appeals.resident.layout;
