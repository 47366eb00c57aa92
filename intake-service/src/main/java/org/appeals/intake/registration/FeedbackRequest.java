package org.appeals.intake.registration;

/** The body of {@code POST /api/v1/appeals/{id}/feedback}, as sent; {@link ResponseRequests} checks it. */
record FeedbackRequest(Integer rating, Boolean solved, String text, String externalId) {
}
