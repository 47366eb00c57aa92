package org.appeals.notification.address;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Masking;

/**
 * Where a reply about an appeal goes back: the channel, its channel-specific address and the resident's name, and
 * the appeal's registration number (null for appeals registered before numbers existed).
 * Personal data, which is why {@link #toString()} leaves it out.
 */
public record ReplyAddress(UUID appealId, Channel channel, Map<String, String> replyTo, String authorName,
                           String externalId, String registrationNumber) {

    /** An address of an appeal registered before registration numbers. */
    public ReplyAddress(UUID appealId, Channel channel, Map<String, String> replyTo, String authorName,
                        String externalId) {
        this(appealId, channel, replyTo, authorName, externalId, null);
    }

    public ReplyAddress {
        // values may be null (an e-mail channel without a message id), which Map.copyOf refuses
        replyTo = replyTo == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(replyTo));
    }

    @Override
    public String toString() {
        return "ReplyAddress[appealId=" + appealId + ", channel=" + channel + ", authorName=" + Masking.mask(authorName)
                + ", externalId=" + Masking.mask(externalId) + ", replyTo=" + replyTo.size() + " fields]";
    }
}
