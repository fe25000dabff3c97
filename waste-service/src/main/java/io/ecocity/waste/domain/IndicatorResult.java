package io.ecocity.waste.domain;

/** An indicator of the catalogue with its value (or the reason it has none) for one period. */
public record IndicatorResult(IndicatorDefinition indicator, IndicatorValue value) {
}
