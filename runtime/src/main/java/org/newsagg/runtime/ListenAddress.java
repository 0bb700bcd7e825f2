package org.newsagg.runtime;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import org.newsagg.model.Settings;

/**
 * Where one of a stage's HTTP servers listens, with the names of the settings that choose it, so that a failure to
 * listen tells the operator which setting to change. Loopback by default: nothing is served to the network (a
 * laptop's café Wi-Fi) unless a bind address says so, as the compose file does inside its own network.
 *
 * @param host    the address to bind: an IP literal or host name of this machine, {@code 0.0.0.0} for all
 * @param hostKey the setting that gives {@code host}
 * @param port    the port; 0 picks a free one, -1 serves nothing
 * @param portKey the setting (or option) that gives {@code port}
 */
public record ListenAddress(String host, String hostKey, int port, String portKey) {

    public static final String LOOPBACK = "127.0.0.1";

    public ListenAddress {
        if (host == null || host.isBlank()) throw new IllegalArgumentException(hostKey + " must not be empty");
        if (port < -1 || port > 65_535) {
            throw new IllegalArgumentException(portKey + " must be a port from 0 to 65535 (or -1 to serve nothing), got "
                    + port);
        }
    }

    /** False for port -1: the server is turned off. */
    public boolean enabled() {
        return port >= 0;
    }

    /** The address given by {@code hostKey} (default {@value #LOOPBACK}) and the port {@code port} of {@code portKey}. */
    public static ListenAddress of(Settings s, String hostKey, int port, String portKey) {
        return new ListenAddress(s.get(hostKey, LOOPBACK).trim(), hostKey, port, portKey);
    }

    /**
     * A JDK HTTP server bound here, not yet started. Fails with a message naming the address and the setting that
     * changes it: a port in use or not allowed names {@code portKey}, an address this machine does not have names
     * {@code hostKey}.
     */
    public HttpServer bind(String what) {
        if (!enabled()) throw new IllegalStateException(portKey + " is -1: " + what + " is turned off");
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new IllegalStateException("cannot serve " + what + " on " + host + ": no such host or address (set "
                    + hostKey + " to 127.0.0.1, 0.0.0.0 or an address of this machine)");
        }
        try {
            return HttpServer.create(address, 0);
        } catch (BindException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage();
            if (reason.contains("already in use")) {
                throw new IllegalStateException("cannot serve " + what + " on " + host + ":" + port
                        + ": the port is already in use (set " + portKey + " to another port; 0 picks a free one,"
                        + " -1 disables it)", e);
            }
            if (reason.contains("Permission denied")) {
                throw new IllegalStateException("cannot serve " + what + " on " + host + ":" + port
                        + ": ports below 1024 need privileges (set " + portKey + " to a port from 1024 up)", e);
            }
            throw new IllegalStateException("cannot serve " + what + " on " + host + ":" + port + ": " + reason
                    + " (set " + hostKey + " to 127.0.0.1, 0.0.0.0 or an address of this machine)", e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serve " + what + " on " + host + ":" + port + ": "
                    + e.getMessage(), e);
        }
    }
}
