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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** Requests released at the same moment, and the answers a service owes concurrent creations: one 201, every other a 409. */
public final class ConcurrentRequests {

    private ConcurrentRequests() {
    }

    /** Runs {@code writers} requests released at the same moment, one thread each; their results in writer order. */
    public static <T> List<T> together(int writers, IntFunction<T> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int writer = i;
                Callable<T> call = () -> {
                    start.await();
                    return request.apply(writer);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Posts every body to {@code path} at the same moment and returns the answers in order. */
    public static List<ExtractableResponse<Response>> post(String path, List<String> bodies) throws Exception {
        return together(bodies.size(),
                i -> given().contentType(ContentType.JSON).body(bodies.get(i)).post(path).then().extract());
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
