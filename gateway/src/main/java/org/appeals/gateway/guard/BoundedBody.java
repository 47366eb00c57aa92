package org.appeals.gateway.guard;

import org.appeals.support.web.BodyTooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;

/**
 * Reads a request body once, never more than the limit: a declared Content-Length over it is refused before
 * reading, and a chunked body is refused as soon as it grows past it.
 */
final class BoundedBody {

    private static final int CHUNK = 8192;

    private BoundedBody() {
    }

    /** The body's bytes, or null when the request has none. */
    static byte[] read(HttpServletRequest request, long limit) {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        if (declared <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
            return null;
        }
        try {
            return readAtMost(request.getInputStream(), limit, declared);
        } catch (IOException e) {
            throw new Refusal(Outcome.BAD_REQUEST, "The request body could not be read to its end.");
        }
    }

    private static byte[] readAtMost(InputStream in, long limit, long declared) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 0), CHUNK));
        byte[] chunk = new byte[CHUNK];
        for (int n = in.read(chunk); n != -1; n = in.read(chunk)) {
            if (body.size() + (long) n > limit) {
                throw tooLarge(limit);
            }
            body.write(chunk, 0, n);
        }
        return body.toByteArray();
    }

    // word for word what a service answers, so a client sees one 413
    private static Refusal tooLarge(long limit) {
        return new Refusal(Outcome.TOO_LARGE, BodyTooLargeException.detail(limit));
    }
}
