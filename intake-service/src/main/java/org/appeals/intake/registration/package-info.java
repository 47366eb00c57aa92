/** Taking appeals in from the channels: checking the body, registering each appeal once, publishing it durably. */
package org.appeals.intake.registration;
