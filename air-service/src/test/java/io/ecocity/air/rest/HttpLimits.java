package io.ecocity.air.rest;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A request declaring a body longer than the HTTP limit; the server answers before the body is sent. */
final class HttpLimits {

    private HttpLimits() {
    }

    static int statusOfDeclaredBody(String path, long contentLength) {
        return statusOf("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + contentLength + "\r\n\r\n[");
    }

    /** The status line's code of a raw request (head and the start of a body), read before the body is complete. */
    static int statusOf(String request) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return Integer.parseInt(line.toString().split(" ")[1]);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
