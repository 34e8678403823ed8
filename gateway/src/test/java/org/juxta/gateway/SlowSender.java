package org.juxta.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A caller that sends its request body slowly, as an attacker holding connections would: the head and a
 * first part of the body at once, then one byte every 200 ms, until the gateway answers or closes.
 */
final class SlowSender implements AutoCloseable {

    private static final ScheduledExecutorService TRICKLE = Executors.newScheduledThreadPool(2);

    private final Socket socket;
    private final OutputStream out;

    /** The answer as read from the wire: status, the Content-Type header and the body. */
    record Answer(int status, String contentType, String body) {
    }

    private SlowSender(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
    }

    static SlowSender post(URL gateway, String path, String token, int contentLength, int sentAtOnce) {
        return post(gateway, path, token, "application/octet-stream", contentLength, sentAtOnce);
    }

    static SlowSender post(URL gateway, String path, String token, String contentType, int contentLength,
            int sentAtOnce) {
        try {
            SlowSender sender = new SlowSender(new Socket(gateway.getHost(), gateway.getPort()));
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + gateway.getHost() + ":" + gateway.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + contentLength + "\r\n\r\n";
            sender.out.write(head.getBytes(StandardCharsets.US_ASCII));
            sender.out.write(new byte[sentAtOnce]);
            sender.out.flush();
            TRICKLE.scheduleAtFixedRate(sender::trickle, 200, 200, TimeUnit.MILLISECONDS);
            return sender;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void trickle() {
        if (socket.isClosed()) {
            throw new IllegalStateException("done: stops the schedule");
        }
        try {
            out.write('x');
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("closed by the gateway: stops the schedule", e);
        }
    }

    /** Reads the answer, waiting at most the given time for it. */
    Answer awaitAnswer(Duration within) {
        try {
            socket.setSoTimeout((int) within.toMillis());
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = in.read(buffer)) > 0) {
                    read.write(buffer, 0, n);
                    if (complete(read.toString(StandardCharsets.UTF_8))) {
                        break;
                    }
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // What came before the timeout or the reset is the answer, if any.
            }
            String text = read.toString(StandardCharsets.UTF_8);
            if (text.isEmpty()) {
                return new Answer(0, null, "");
            }
            int headEnd = text.indexOf("\r\n\r\n");
            String head = headEnd >= 0 ? text.substring(0, headEnd) : text;
            String contentType = head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse(null);
            return new Answer(Integer.parseInt(head.substring(9, 12)), contentType,
                    headEnd >= 0 ? text.substring(headEnd + 4) : "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean complete(String text) {
        int headEnd = text.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return false;
        }
        return text.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:")).findFirst()
                .map(line -> text.length() - headEnd - 4 >= Integer.parseInt(line.substring(15).trim()))
                .orElse(false);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
