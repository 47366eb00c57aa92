package org.appeals.console.search;

/** One choice of a picker: the code the API takes and the words a person reads. */
record Option(String value, String label) {
}
