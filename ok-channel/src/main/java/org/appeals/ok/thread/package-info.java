/**
 * Which OK chat and message belong to which appeal: what the adapter remembers so that a resident's answer in the
 * chat reaches the right appeal.
 */
package org.appeals.ok.thread;
