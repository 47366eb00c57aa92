/** Telling an outage of the store or the broker (retry later, the request was fine) from a failure of the request. */
package org.appeals.support.outage;
