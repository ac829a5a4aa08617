package vn.ocop.fair.gateway.limits;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.util.unit.DataSize;

/** A body of unknown length (chunked), counted as it streams; reading past the limit fails. */
class CountingInputStream extends ServletInputStream {

    private final ServletInputStream body;
    private final HttpServletRequest request;
    private final DataSize limit;
    private long count;

    CountingInputStream(ServletInputStream body, HttpServletRequest request, DataSize limit) {
        this.body = body;
        this.request = request;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = body.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = body.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) throws BodyTooLarge {
        count += n;
        if (count > limit.toBytes()) {
            BodyTooLarge problem = new BodyTooLarge(limit);
            BodyTooLarge.mark(request, problem);
            throw problem;
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
