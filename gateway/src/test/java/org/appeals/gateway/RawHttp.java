package org.appeals.gateway;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Sends a request line exactly as written, so path tricks reach the gateway unnormalised by any client library. */
final class RawHttp {

    /** The status code and the whole raw response (headers and body). */
    record Response(int status, String raw) {

        String header(String name) {
            for (String line : raw.split("\r\n")) {
                if (line.isEmpty()) {
                    return null;
                }
                if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return null;
        }

        String body() {
            int start = raw.indexOf("\r\n\r\n");
            return start < 0 ? "" : raw.substring(start + 4);
        }
    }

    private RawHttp() {
    }

    static Response send(int port, String method, String rawPath, String apiKey, String body) {
        return sendFrom("127.0.0.1", port, method, rawPath, apiKey, body);
    }

    /** The same, from another loopback source address (127.0.0.2, …), as a second client machine would. */
    static Response sendFrom(String sourceAddress, int port, String method, String rawPath, String apiKey,
                             String body) {
        return sendFrom(sourceAddress, port, method, rawPath, apiKey == null ? Map.of() : Map.of("X-Api-Key", apiKey),
                body);
    }

    /** The same with any headers (one value each). */
    static Response sendFrom(String sourceAddress, int port, String method, String rawPath,
                             Map<String, String> headers, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder named = new StringBuilder();
        headers.forEach((name, value) -> named.append(name).append(": ").append(value).append("\r\n"));
        String head = method + " " + rawPath + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + named
                + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n")
                + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", port, InetAddress.getByName(sourceAddress), 0)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            String raw = readAll(new BufferedInputStream(socket.getInputStream()));
            return new Response(Integer.parseInt(raw.substring(9, 12)), raw);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Up to the end of the body its Content-Length declares, else to the end of the stream. */
    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        int expected = -1;
        for (int b = in.read(); b != -1; b = in.read()) {
            all.write(b);
            if (expected < 0 && endsWithBlankLine(all)) {
                expected = all.size() + declaredLength(all.toString(StandardCharsets.ISO_8859_1));
            }
            if (expected >= 0 && all.size() >= expected) {
                break;
            }
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    private static boolean endsWithBlankLine(ByteArrayOutputStream bytes) {
        String text = bytes.size() < 4 ? "" : new String(bytes.toByteArray(), bytes.size() - 4, 4,
                StandardCharsets.ISO_8859_1);
        return text.equals("\r\n\r\n");
    }

    // no Content-Length: read to the end of the stream (the request asked to close the connection)
    private static int declaredLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        return Integer.MAX_VALUE / 2;
    }
}
