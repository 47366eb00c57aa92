package org.appeals.gateway.guard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.charset.Charset;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedCaseInsensitiveMap;

/**
 * The request as the routes see it: the headers to forward (identity set from the key, no API key) and the query
 * parameters, parsed from the query string alone.
 */
class ForwardedRequest extends HttpServletRequestWrapper {

    private final LinkedCaseInsensitiveMap<List<String>> headers;
    private final Map<String, String[]> parameters;

    ForwardedRequest(HttpServletRequest request, LinkedCaseInsensitiveMap<List<String>> headers,
                     Map<String, String[]> parameters) {
        super(request);
        this.headers = headers;
        this.parameters = parameters;
    }

    @Override
    public String getHeader(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return Collections.enumeration(headers.getOrDefault(name, List.of()));
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        return Collections.enumeration(headers.keySet());
    }

    @Override
    public int getIntHeader(String name) {
        String value = getHeader(name);
        return value == null ? -1 : Integer.parseInt(value);
    }

    /** Only the charset the client named: Spring would otherwise label the forwarded Content-Type with its own. */
    @Override
    public String getCharacterEncoding() {
        String contentType = getHeader(HttpHeaders.CONTENT_TYPE);
        try {
            Charset charset = contentType == null ? null : MediaType.parseMediaType(contentType).getCharset();
            return charset == null ? null : charset.name();
        } catch (InvalidMediaTypeException | UnsupportedCharsetException e) {
            return null;
        }
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }
}
