package org.juxta.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.restassured.RestAssured;

/**
 * A POST to the service under test whose body has no Content-Length (HTTP/1.1 chunked transfer), as
 * REST Assured cannot send one: for checking that a body limit holds when the length is not announced.
 */
public final class Chunked {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Chunked() {
    }

    /** The answer's status and body. */
    public static HttpResponse<String> post(String path, String token, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return send("POST", URI.create(RestAssured.baseURI + ":" + RestAssured.port + path), token, contentType, body);
    }

    /** A request of any method with a chunked body, to any address (e.g. of a {@link ServiceProcess}). */
    public static HttpResponse<String> send(String method, URI uri, String token, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
