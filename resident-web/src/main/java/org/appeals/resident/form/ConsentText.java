package org.appeals.resident.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The consent to the processing of personal data (152-ФЗ) the form shows in full, by version: a changed text is a new
 * file {@code consent/<version>.txt} and a new {@link #CURRENT} version, so each stored consent says which words the
 * resident agreed to.
 */
public record ConsentText(String version, String text) {

    static final String CURRENT = "2026-12-01";

    static ConsentText current() {
        return load(CURRENT);
    }

    static ConsentText load(String version) {
        try (InputStream in = ConsentText.class.getResourceAsStream("/consent/" + version + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no consent text for version " + version);
            }
            return new ConsentText(version, new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
