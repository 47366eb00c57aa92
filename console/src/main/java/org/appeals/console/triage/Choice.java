package org.appeals.console.triage;

/** One option of a picker: the code sent, the name shown, whether it is selected. */
record Choice(String code, String name, boolean selected) {
}
