package org.appeals.gateway.guard;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** A body already read into memory, handed on as a servlet input stream. */
class ReplayedBody extends ServletInputStream {

    private final ByteArrayInputStream bytes;

    ReplayedBody(ByteArrayInputStream bytes) {
        this.bytes = bytes;
    }

    @Override
    public boolean isFinished() {
        return bytes.available() == 0;
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
        try {
            // everything is already here: no waiting for data
            listener.onDataAvailable();
            listener.onAllDataRead();
        } catch (IOException e) {
            listener.onError(e);
        }
    }

    @Override
    public int read() {
        return bytes.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        return bytes.read(buffer, offset, length);
    }
}
