package org.newsagg.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsagg.app.NewsaggCommand;
import org.newsagg.app.ops.OpsServer;
import picocli.CommandLine;

class HealthCommandTest {

    /** Exit code, standard output and standard error of {@code newsagg args...}. */
    record Run(int code, String out, String err) {}

    static Run newsagg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new NewsaggCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void exitsZeroWhenTheEndpointAnswers2xxAndOneOtherwise() {
        try (OpsServer server = OpsServer.start(OpsServer.newRegistry("sink"), 0, () -> false)) {
            String base = "http://127.0.0.1:" + server.port();
            assertEquals(new Run(0, base + "/health: 200 {\"status\":\"UP\"}\n", ""), newsagg("health", base + "/health"));
            assertEquals(new Run(1, "", base + "/ready: 503 {\"ready\":false}\n"), newsagg("health", base + "/ready"));
            assertEquals(new Run(1, "", base + "/nothing: 404 {\"error\":\"no such path: try /metrics, /health or "
                    + "/ready\"}\n"), newsagg("health", base + "/nothing"));
        }
    }

    @Test
    void aPortNobodyServesIsExitOneInWords() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/ready";
        assertEquals(new Run(1, "", url + ": connection refused (is the stage running, and serving on this port?)\n"),
                newsagg("health", url));
    }

    @Test
    void somethingThatIsNoHttpUrlIsExitTwo() {
        assertEquals(new Run(2, "", "not an http:// or https:// URL with a host: ftp://x/health\n"),
                newsagg("health", "ftp://x/health"));
        assertEquals(new Run(2, "", "not a URL: http://a b\n"), newsagg("health", "http://a b"));
        assertEquals(List.of("health"), List.of(new CommandLine(new NewsaggCommand()).getSubcommands().get("health")
                .getCommandName()));
    }
}
