package org.appeals.notification.address;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.appeals.contracts.ErasureReason;
import org.appeals.contracts.Masking;

/**
 * Where a reply about an appeal goes back: the channel, its channel-specific address and the resident's name, the
 * appeal's registration number and the access code of its public status page (both null for appeals registered
 * before they existed). Once intake erased the resident's personal data ({@code erasedFor} set) the address, name
 * and code are gone and nothing is sent to the resident any more. Personal data, which is why {@link #toString()}
 * leaves it out.
 */
public record ReplyAddress(UUID appealId, Channel channel, Map<String, String> replyTo, String authorName,
                           String externalId, String registrationNumber, String accessCode,
                           ErasureReason erasedFor) {

    /** An address of an appeal registered before registration numbers. */
    public ReplyAddress(UUID appealId, Channel channel, Map<String, String> replyTo, String authorName,
                        String externalId) {
        this(appealId, channel, replyTo, authorName, externalId, null);
    }

    /** An address of an appeal registered before access codes. */
    public ReplyAddress(UUID appealId, Channel channel, Map<String, String> replyTo, String authorName,
                        String externalId, String registrationNumber) {
        this(appealId, channel, replyTo, authorName, externalId, registrationNumber, null, null);
    }

    public ReplyAddress {
        // values may be null (an e-mail channel without a message id), which Map.copyOf refuses
        replyTo = replyTo == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(replyTo));
    }

    /** Whether the resident's personal data was erased: there is nobody to send to. */
    public boolean erased() {
        return erasedFor != null;
    }

    @Override
    public String toString() {
        return "ReplyAddress[appealId=" + appealId + ", channel=" + channel + ", authorName=" + Masking.mask(authorName)
                + ", externalId=" + Masking.mask(externalId) + ", replyTo=" + replyTo.size() + " fields"
                + (erased() ? ", erased for " + erasedFor : "") + "]";
    }
}
