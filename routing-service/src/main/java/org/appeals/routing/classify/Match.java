package org.appeals.routing.classify;

/** A vocabulary term found in a text, with the words as the resident wrote them. */
record Match<L>(Term<L> term, String surface) {
}
