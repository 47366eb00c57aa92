package org.appeals.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

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
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + rawPath + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                + (apiKey == null ? "" : "X-Api-Key: " + apiKey + "\r\n")
                + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n")
                + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", port, InetAddress.getByName(sourceAddress), 0)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            String raw = readAll(socket.getInputStream());
            return new Response(Integer.parseInt(raw.substring(9, 12)), raw);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }
}
