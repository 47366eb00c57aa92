package org.appeals.gateway.guard;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A request whose body the gateway has already read: the route forwards exactly these bytes. */
class ReplayedRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private final ReplayedBody stream;

    ReplayedRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
        this.stream = new ReplayedBody(new ByteArrayInputStream(body));
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
        return stream;
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(stream, charset));
    }
}
