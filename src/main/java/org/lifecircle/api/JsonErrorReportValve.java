package org.lifecircle.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's error report, as the documented error JSON instead of an HTML page: for what Tomcat
 * refuses before any filter or servlet sees it (a malformed request line, characters a URL may
 * not hold, headers too large) and for an error page that failed itself. Installed on the host
 * by {@link TomcatErrors}; Tomcat makes it by its class name, so it is public with a public
 * constructor.
 */
public final class JsonErrorReportValve extends ErrorReportValve {

    private static final Logger LOG = LoggerFactory.getLogger(JsonErrorReportValve.class);

    public JsonErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // the checks of Tomcat's own report: only errors, only once, never over a body already begun
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(new String(ErrorBodies.bytes(status, ErrorBodies.generalMessage(status)),
                        StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            LOG.debug("could not write the error report for HTTP {}", status, e);
        }
    }
}
