/**
 * The platform's replies from notification's signed webhook: taken durably (once per delivery), posted into the
 * resident's OK chat answering their message, one message per part, and reported back as receipts.
 */
package org.appeals.ok.outbound;
