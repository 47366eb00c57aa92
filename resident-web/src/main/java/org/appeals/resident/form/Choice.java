package org.appeals.resident.form;

/** One option of a select: the taxonomy's code and its Russian name. */
public record Choice(String code, String name) {
}
