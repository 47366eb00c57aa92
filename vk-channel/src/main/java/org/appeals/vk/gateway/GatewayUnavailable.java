package org.appeals.vk.gateway;

/** The gateway did not take the request (5xx, 408, 429 or unreachable): try again later. */
public class GatewayUnavailable extends RuntimeException {

    public GatewayUnavailable(String why) {
        super("the gateway did not take the request: " + why);
    }
}
