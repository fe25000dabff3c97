package io.ecocity.air.rest.statistics;

import java.util.List;

/** A year's targets: the city's (null when none are set) and each town's that has any. */
public record YearTargetsResponse(int year, TargetsResponse city, List<TargetsResponse> towns) {
}
