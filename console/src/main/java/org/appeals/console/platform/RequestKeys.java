package org.appeals.console.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every form that moves something carries a {@code requestKey} made when the page was rendered; the move goes to the
 * API with it as the {@code Idempotency-Key}. A double click, or the browser re-sending the form, then repeats the
 * same request and the service answers it as the first time instead of storing the move twice.
 */
final class RequestKeys implements ClientHttpRequestInterceptor {

    static final String FIELD = "requestKey";
    private static final Pattern WELL_FORMED = Pattern.compile("[0-9a-f-]{36}");

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        String key = formKey();
        if (key != null && request.getMethod() != HttpMethod.GET) {
            request.getHeaders().set("Idempotency-Key", key);
        }
        return execution.execute(request, body);
    }

    private static String formKey() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        String key = "POST".equals(request.getMethod()) ? request.getParameter(FIELD) : null;
        return key != null && WELL_FORMED.matcher(key).matches() ? key : null;
    }
}
