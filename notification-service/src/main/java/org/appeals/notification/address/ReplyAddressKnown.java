package org.appeals.notification.address;

import java.util.UUID;

/** Published in-process once an appeal's reply address is stored, so replies waiting for it can go. */
public record ReplyAddressKnown(UUID appealId) {
}
