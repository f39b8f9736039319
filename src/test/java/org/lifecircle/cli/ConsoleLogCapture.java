package org.lifecircle.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what libraries log while a command runs in this JVM and what a real run would print on
 * the console next to the command's own line: java.util.logging records at INFO and above (the
 * level of the JDK's console handler; GeoTools logs there), logback events at WARN and above
 * (the console level of src/main/resources/logback.xml), and anything printed on System.out or
 * System.err (the JDK's XML parser prints "[Fatal Error] ..." there). The command's own lines go
 * to the writers the test gives it, not to System.out and System.err.
 */
final class ConsoleLogCapture implements AutoCloseable {

    private final Logger julRoot = Logger.getLogger("");
    private final ch.qos.logback.classic.Logger logbackRoot =
            (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final List<String> julRecords = new ArrayList<>();
    private final ListAppender<ILoggingEvent> logbackEvents = new ListAppender<>();
    private final Handler julHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= java.util.logging.Level.INFO.intValue()) {
                julRecords.add(record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private final PrintStream systemOut = System.out;
    private final PrintStream systemErr = System.err;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    ConsoleLogCapture() {
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        julRoot.addHandler(julHandler);
        logbackEvents.start();
        logbackRoot.addAppender(logbackEvents);
    }

    /** What would have reached the console. */
    List<String> consoleLines() {
        List<String> lines = new ArrayList<>(julRecords);
        printed.toString(StandardCharsets.UTF_8).lines().forEach(line -> lines.add("printed: " + line));
        for (ILoggingEvent event : logbackEvents.list) {
            if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
                lines.add(event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage());
            }
        }
        return lines;
    }

    @Override
    public void close() {
        julRoot.removeHandler(julHandler);
        logbackRoot.detachAppender(logbackEvents);
        System.setOut(systemOut);
        System.setErr(systemErr);
    }
}
