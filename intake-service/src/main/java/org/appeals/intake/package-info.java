/** The intake service: takes residents' appeals in from the channels and follows each one to its answer. */
package org.appeals.intake;
