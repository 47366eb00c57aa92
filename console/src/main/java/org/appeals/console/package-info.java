/**
 * The console: one package per page family (today, triage, review, overdue, incidents, search, card, inbox,
 * directory, keys) on the shared pieces: {@code security} (OIDC login at the identity provider), {@code platform}
 * (the gateway client and its problems), {@code layout} (who is logged in, the navigation), {@code errors}.
 */
package org.appeals.console;
