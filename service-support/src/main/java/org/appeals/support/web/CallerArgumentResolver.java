package org.appeals.support.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers a {@link Caller} built from the headers the gateway sets after checking the API key. The
 * gateway strips these headers from what clients send, so a client cannot claim another identity.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String client = request.getHeader(Caller.CLIENT_HEADER);
        String role = request.getHeader(Caller.ROLE_HEADER);
        if (client == null || role == null) {
            throw ApiException.unauthorized("No authenticated client: call through the gateway with an X-Api-Key.");
        }
        try {
            return new Caller(client, Role.valueOf(role), request.getHeader(Caller.SCOPE_HEADER));
        } catch (IllegalArgumentException e) {
            throw ApiException.unauthorized("Unknown client role.");
        }
    }
}
