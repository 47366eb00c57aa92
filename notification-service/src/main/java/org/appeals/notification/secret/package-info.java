/** One webhook secret per channel: the initial ones from the environment, admins' rotations stored in MongoDB. */
package org.appeals.notification.secret;
