/** The platform's API as resident-web calls it through the gateway: the WEB channel's post and the public reads. */
package org.appeals.resident.gateway;
