/** The WEB channel's form: checks, photos, consent, per-address limits and the post through the gateway. */
package org.appeals.resident.form;
