/** A stand-in channel adapter that receives the signed reply webhooks of notification-service. */
package org.appeals.launcher.stub;
