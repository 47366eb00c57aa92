package org.appeals.resident.gateway;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whom the per-address limit counts: the last hop of {@code X-Forwarded-For}, which the gateway appends with the
 * address it saw (earlier hops are the client's own word), else the connection's address. resident-web listens on
 * loopback, so only the gateway reaches it. The same address goes on to the gateway with each call, so the gateway
 * can tell residents apart behind this one client if it trusts resident-web's hop.
 */
public final class ClientAddress {

    public static final String FORWARDED_FOR = "X-Forwarded-For";

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String forwarded = request.getHeader(FORWARDED_FOR);
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].trim();
            if (!last.isEmpty()) {
                return last;
            }
        }
        return request.getRemoteAddr();
    }
}
