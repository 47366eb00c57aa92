package org.appeals.routing.report;

import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;

/** One line of a labelled JSONL file: an appeal's text and the category and municipality a person gave it. */
record LabelledAppeal(String channel, String externalId, String text, Category category, Municipality municipality) {
}
