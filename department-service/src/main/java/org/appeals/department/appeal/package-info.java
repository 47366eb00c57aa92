/**
 * The department's own copy of each appeal (assignment, what the resident wrote, answers, the states it goes through
 * and the one table of allowed moves) and the changes a step makes to it, in the appeal's own terms; it depends on no
 * other feature. {@link org.appeals.department.appeal.Appeals} reads an appeal by id; every feature writes and queries
 * through a port of its own, whose MongoDB adapter ({@code Mongo*}) sits beside it and shares the document layout
 * written down here ({@code MongoAppealDocuments}, {@code MongoAppealChanges}).
 */
package org.appeals.department.appeal;
