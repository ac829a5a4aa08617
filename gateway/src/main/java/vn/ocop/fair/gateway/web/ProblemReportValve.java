package vn.ocop.fair.gateway.web;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's own error report, for what it refuses before any filter sees the request (an encoded slash
 * or backslash, an encoded NUL, bytes that are no UTF-8, a malformed request line): a problem in place
 * of Tomcat's HTML page. Public, because Tomcat creates it by its class name.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        try {
            response.resetBuffer();
            Problems.write(
                    response,
                    Problems.problem(
                            known == null ? HttpStatus.BAD_REQUEST : known,
                            status == 400 ? "bad-request" : "http-" + status,
                            known == null ? "Error" : known.getReasonPhrase(),
                            "The request was refused before it reached the API"));
            if (known == null) {
                response.setStatus(HttpStatusCode.valueOf(status).value());
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the answer is already on its way: nothing more to say
        }
    }
}
