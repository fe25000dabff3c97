package io.ecocity.support.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/** Creations of one resource posted all at once, and the answers a service owes them: one 201, every other a 409. */
public final class ConcurrentCreations {

    private ConcurrentCreations() {
    }

    /** Posts every body to {@code path} at the same time, one thread each, and returns the answers in order. */
    public static List<ExtractableResponse<Response>> post(String path, List<String> bodies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        try {
            List<Callable<ExtractableResponse<Response>>> calls = new ArrayList<>();
            for (String body : bodies) {
                calls.add(() -> given().contentType(ContentType.JSON).body(body).post(path).then().extract());
            }
            List<ExtractableResponse<Response>> answers = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Exactly one creation won; each other got a 409 problem naming the winner in {@code Location}. */
    public static void assertOneCreatedOthersConflict(List<ExtractableResponse<Response>> answers, String location) {
        Map<Integer, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(ExtractableResponse::statusCode, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, (long) answers.size() - 1), byStatus);
        for (ExtractableResponse<Response> answer : answers) {
            if (answer.statusCode() == 409) {
                assertEquals("application/problem+json", answer.contentType());
                assertTrue(answer.header("Location").endsWith(location), answer.header("Location"));
            }
        }
    }
}
