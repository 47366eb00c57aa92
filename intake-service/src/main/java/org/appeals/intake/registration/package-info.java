/**
 * Taking appeals, and residents' responses about them, in from the channels: checking the body, registering each one
 * once, publishing it durably.
 */
package org.appeals.intake.registration;
