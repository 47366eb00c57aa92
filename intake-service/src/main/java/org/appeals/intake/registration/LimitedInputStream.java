package org.appeals.intake.registration;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/** A request body that fails once more than {@code maxBytes} have been read from it. */
class LimitedInputStream extends ServletInputStream {

    private final ServletInputStream body;
    private final long maxBytes;
    private long read;

    LimitedInputStream(ServletInputStream body, long maxBytes) {
        this.body = body;
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int next = body.read();
        if (next >= 0) {
            count(1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = body.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        read += n;
        if (read > maxBytes) {
            throw new BodySizeLimitFilter.BodyTooLargeException(maxBytes);
        }
    }

    @Override
    public boolean isFinished() {
        return body.isFinished();
    }

    @Override
    public boolean isReady() {
        return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        body.setReadListener(listener);
    }
}
