/** The residents' web pages (form, status, feedback) served through the gateway at {@code /form}, {@code /appeal/…}. */
package org.appeals.resident;
