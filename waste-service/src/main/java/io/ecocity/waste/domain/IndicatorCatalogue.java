package io.ecocity.waste.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned set of indicator definitions, loaded from {@code catalogue/zero-waste-indicators-v1.json}.
 * Construction fails on a duplicate code or a formula that does not parse, so a bad file stops startup
 * rather than producing wrong rates.
 */
public record IndicatorCatalogue(String version, List<IndicatorDefinition> indicators) {

    /** Class-path location of the catalogue shipped with the service. */
    public static final String DEFAULT_RESOURCE = "catalogue/zero-waste-indicators-v1.json";

    public IndicatorCatalogue {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("catalogue version must not be blank");
        }
        indicators = List.copyOf(indicators);
        Set<String> codes = new HashSet<>();
        for (IndicatorDefinition indicator : indicators) {
            if (!codes.add(indicator.code())) {
                throw new IllegalArgumentException("duplicate indicator code " + indicator.code());
            }
            try {
                IndicatorFormula.parse(indicator.formula());
            } catch (FormulaSyntaxException e) {
                throw new IllegalArgumentException("indicator " + indicator.code() + ": " + e.getMessage(), e);
            }
        }
    }

    public Optional<IndicatorDefinition> find(String code) {
        return indicators.stream().filter(indicator -> indicator.code().equals(code)).findFirst();
    }

    public IndicatorDefinition require(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown indicator " + code));
    }

    public List<String> codes() {
        return indicators.stream().map(IndicatorDefinition::code).toList();
    }
}
