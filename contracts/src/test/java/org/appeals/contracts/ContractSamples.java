package org.appeals.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A JSON sample of every event as it travels on the wire. The producing and the consuming side both check
 * themselves against these, so neither can drift from the contract alone.
 */
public enum ContractSamples {
    APPEAL_RECEIVED("appeal-received.json"),
    APPEAL_ASSIGNED("appeal-assigned.json"),
    APPEAL_ANSWERED("appeal-answered.json"),
    APPEAL_NOTIFIED("appeal-notified.json"),
    OUTBOUND_REPLY("outbound-reply.json"),
    APPEAL_STATE_CHANGED("appeal-state-changed.json"),
    APPEAL_OVERDUE("appeal-overdue.json"),
    RESIDENT_RESPONDED("resident-responded.json"),
    PERSONAL_DATA_ERASED("personal-data-erased.json"),
    APPEAL_SUBMISSION("appeal-submission.json");

    private final String file;

    ContractSamples(String file) {
        this.file = file;
    }

    public String json() {
        try (InputStream in = ContractSamples.class.getResourceAsStream("/contract-samples/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing contract sample " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
