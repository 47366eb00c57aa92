/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2/): our categories as services, service requests posted
 * by Open311 clients registered as appeals of the WEB channel, and those requests read back in JSON or XML.
 */
package org.appeals.intake.open311;
