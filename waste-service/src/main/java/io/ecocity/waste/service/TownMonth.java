package io.ecocity.waste.service;

import java.time.YearMonth;

/** One town's reporting month: what a report changes, and so what must be recomputed. */
public record TownMonth(String town, YearMonth month) {
}
