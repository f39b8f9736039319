package org.lifecircle.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.lifecircle.api.LifeCircleServer;
import org.lifecircle.model.InvalidInputException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lifecircle serve}: the gap map and REST API in a browser. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web app (gap map and REST API); open http://localhost:PORT/ in a browser.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535) {
            throw new InvalidInputException("--port must be 0..65535, got " + port);
        }
        // As arguments, so that they win over application.properties.
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(LifeCircleServer.class)
                    .logStartupInfo(false)
                    .run("--server.port=" + port, "--server.address=" + host);
        } catch (RuntimeException e) {
            throw userError(e).orElseThrow(() -> e);
        }
        String url = "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":"
                + context.getEnvironment().getProperty("local.server.port") + "/";
        System.out.println("serve: LifeCircle is running at " + url + " (Ctrl+C to stop)");
        return ServeCommand.KEEP_RUNNING;
    }

    /**
     * The error a user can fix under Spring's wrapping, when the start failed for one (the store
     * cannot be opened: PostgreSQL refusing connections, a wrong password): it is the one line to print.
     */
    private static Optional<InvalidInputException> userError(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof InvalidInputException input) {
                return Optional.of(input);
            }
        }
        return Optional.empty();
    }

    /** Tells the launcher not to exit: the web server's threads keep the JVM alive. */
    static final int KEEP_RUNNING = -1;
}
