package org.appeals.routing.classify;

/**
 * A vocabulary term found in a text, with the words as the resident wrote them and the word just before them
 * (folded, empty at the start), which tells "в Камышине" (where) from "до Камышина" (where to).
 */
record Match<L>(Term<L> term, String surface, String wordBefore) {
}
