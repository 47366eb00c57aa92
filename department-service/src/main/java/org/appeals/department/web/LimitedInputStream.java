package org.appeals.department.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/** A request body stream that fails once more than the limit has been read from it. */
final class LimitedInputStream extends ServletInputStream {

    private final ServletInputStream in;
    private long left;

    LimitedInputStream(ServletInputStream in, long maxBytes) {
        this.in = in;
        this.left = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            consumed(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            consumed(n);
        }
        return n;
    }

    private void consumed(int n) throws IOException {
        left -= n;
        if (left < 0) {
            throw new IOException("request body larger than the limit");
        }
    }

    @Override
    public boolean isFinished() {
        return in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }
}
