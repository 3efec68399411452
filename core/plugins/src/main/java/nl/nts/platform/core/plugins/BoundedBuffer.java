package nl.nts.platform.core.plugins;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Collects a report, refusing to grow past the configured size: a plugin cannot fill the heap. */
final class BoundedBuffer extends OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    private final int max;

    BoundedBuffer(int max) {
        this.max = max;
    }

    @Override
    public void write(int b) throws IOException {
        check(1);
        bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        check(len);
        bytes.write(b, off, len);
    }

    private void check(int more) throws IOException {
        if (bytes.size() + (long) more > max) {
            throw new IOException("the report is larger than " + (max / 1024 / 1024) + " MB");
        }
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
