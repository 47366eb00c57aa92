/**
 * The resident's side of an appeal, public (no account; the gateway lets it through and limits it per address): its
 * status page, opened by the registration number and the access code, and feedback on the final answer. Shows only
 * public steps, never the author, contacts, reply addresses, internal comments or who acted.
 */
package org.appeals.intake.resident;
