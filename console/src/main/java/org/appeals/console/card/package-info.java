/**
 * The appeal card for the centres ({@code /appeals/{appealId}}): intake's view of the appeal with its routing,
 * deadlines and timeline, and for the regional centre the deliveries of its replies.
 */
package org.appeals.console.card;
