package org.newsagg.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request written byte for byte on a socket, for the requests a well-behaved client refuses to send
 * (spaces and control characters in the target, megabyte-long paths): what a server answers to a hostile caller.
 */
public final class RawHttp {

    /** The status and body of an answer; the body is empty when the server closed without one. */
    public record Reply(int status, String body) {}

    private RawHttp() {}

    /** Sends {@code method target HTTP/1.1} to 127.0.0.1:{@code port} and reads the answer until the server closes. */
    public static Reply send(int port, String method, String target) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) > 0; ) bytes.write(buf, 0, n);
        } catch (IOException reset) {
            // a server may reset the connection after answering a request it did not read in full
            if (bytes.size() == 0) throw reset;
        }
        return bytes.toByteArray();
    }

    private static Reply parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        if (!text.startsWith("HTTP/1.1 ")) throw new IllegalStateException("not an HTTP answer: " + text);
        int status = Integer.parseInt(text.substring(9, 12));
        int headersEnd = text.indexOf("\r\n\r\n");
        String body = headersEnd < 0 ? "" : text.substring(headersEnd + 4);
        // the JDK server sends small bodies in one chunk when the length is not known
        if (text.substring(0, Math.max(headersEnd, 0)).toLowerCase().contains("transfer-encoding: chunked")) {
            body = dechunk(body);
        }
        return new Reply(status, body);
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = chunked.indexOf("\r\n", at);
            if (eol < 0) return out.toString();
            int size = Integer.parseInt(chunked.substring(at, eol).trim(), 16);
            if (size == 0) return out.toString();
            out.append(chunked, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
    }
}
