package org.appeals.gateway.backends;

import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Tells the backend who the client is: {@code X-Forwarded-For} with the address of the socket the request came in
 * on. The client's own {@code X-Forwarded-*} headers are removed before (Spring Cloud Gateway's filter, as no proxy
 * in front is trusted), so a made-up address never reaches a backend; resident-web counts its limits by this one.
 */
final class ClientAddressHeader implements HttpHeadersFilter.RequestHttpHeadersFilter, Ordered {

    static final String NAME = "X-Forwarded-For";

    @Override
    public HttpHeaders apply(HttpHeaders input, ServerRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(input);
        headers.set(NAME, request.servletRequest().getRemoteAddr());
        return headers;
    }

    // after every other request headers filter, the removal of the client's X-Forwarded-* among them
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
