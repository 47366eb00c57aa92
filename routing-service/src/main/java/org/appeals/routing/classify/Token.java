package org.appeals.routing.classify;

/** One word of a text: folded to lower case with ё as е, its Russian stem, and where it stood in the text. */
record Token(String word, String stem, int start, int end) {
}
