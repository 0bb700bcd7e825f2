package org.newsagg.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Settings;

class ListenAddressTest {

    @Test
    void loopbackByDefaultAndTheBindAddressSettingOtherwise() {
        assertEquals(new ListenAddress("127.0.0.1", "newsagg.sink.bind-address", 8080, "newsagg.sink.http-port"),
                ListenAddress.of(Settings.of(Map.of(), Map.of()), "newsagg.sink.bind-address", 8080,
                        "newsagg.sink.http-port"));
        assertEquals("0.0.0.0", ListenAddress.of(Settings.of(Map.of("newsagg.sink.bind-address", "0.0.0.0"), Map.of()),
                "newsagg.sink.bind-address", 8080, "newsagg.sink.http-port").host());
    }

    @Test
    void aServerBoundByDefaultListensOnLoopbackOnly() {
        HttpServer server = ListenAddress.of(Settings.of(Map.of(), Map.of()), "k.bind", 0, "k.port").bind("x");
        try {
            assertEquals("127.0.0.1", server.getAddress().getAddress().getHostAddress());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aPortInUseNamesTheAddressAndThePortSetting() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            var e = assertThrows(IllegalStateException.class, () -> new ListenAddress("127.0.0.1",
                    "newsagg.sink.bind-address", port, "newsagg.sink.http-port").bind("the sink's API"));
            assertEquals("cannot serve the sink's API on 127.0.0.1:" + port + ": the port is already in use (set "
                    + "newsagg.sink.http-port to another port; 0 picks a free one, -1 disables it)", e.getMessage());
        }
    }

    @Test
    void anAddressThisMachineDoesNotHaveNamesTheBindAddressSetting() {
        var unknown = assertThrows(IllegalStateException.class, () -> new ListenAddress("no-such-host.invalid",
                "newsagg.streams.bind-address", 0, "newsagg.streams.http-port").bind("metrics"));
        assertEquals("cannot serve metrics on no-such-host.invalid: no such host or address (set "
                + "newsagg.streams.bind-address to 127.0.0.1, 0.0.0.0 or an address of this machine)",
                unknown.getMessage());
        // 192.0.2.1 (TEST-NET-1) is never an address of this machine
        var foreign = assertThrows(IllegalStateException.class, () -> new ListenAddress("192.0.2.1",
                "newsagg.streams.bind-address", 0, "newsagg.streams.http-port").bind("metrics"));
        assertEquals("cannot serve metrics on 192.0.2.1:0: Cannot assign requested address (set "
                + "newsagg.streams.bind-address to 127.0.0.1, 0.0.0.0 or an address of this machine)",
                foreign.getMessage());
    }

    @Test
    void aPortOutOfRangeNamesItsSetting() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new ListenAddress("127.0.0.1", "k.bind", 70_000, "newsagg.sink.http-port"));
        assertEquals("newsagg.sink.http-port must be a port from 0 to 65535 (or -1 to serve nothing), got 70000", e.getMessage());
    }
}
