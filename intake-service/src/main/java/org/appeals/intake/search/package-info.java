/**
 * Finding appeals: the list and the counts of the staff console ({@code GET /api/v1/appeals},
 * {@code GET /api/v1/appeals/summary}), answered from each appeal's {@code listing} fields and their indexes, which
 * the registration and every later event refresh.
 */
package org.appeals.intake.search;
