package org.appeals.vk.gateway;

/** The gateway answered 4xx (but 408/429): sending the same again would be refused again. */
public class GatewayRefused extends RuntimeException {

    public GatewayRefused(int status) {
        super("the gateway refused the request with " + status);
    }
}
