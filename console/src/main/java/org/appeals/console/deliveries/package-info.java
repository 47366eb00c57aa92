/**
 * Replies that did not reach residents, for the regional centre: notification's parked deliveries
 * ({@code /deliveries}) and the re-send of one ({@code POST /api/v1/deliveries/{deliveryId}/resend}).
 */
package org.appeals.console.deliveries;
