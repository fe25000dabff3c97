package io.ecocity.waste.service;

import io.ecocity.waste.domain.IndicatorCatalogue;
import io.ecocity.waste.domain.IndicatorDefinition;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The indicator catalogue as JSON: the format of {@code catalogue/zero-waste-indicators-v1.json} and of the body of
 * {@code PUT /api/waste/catalogue}. Enumerations are plain text here so that every bad entry can be named at once.
 */
@Schema(description = "A versioned zero-waste indicator catalogue. Formulas are arithmetic (+ - * / and parentheses) "
        + "over the quantity keys of GET /api/waste/quantities; a rate carries its own * 100.")
public record CatalogueDocument(
        @Schema(description = "Unique version name; a new set of definitions needs a new version", example = "zero-waste-indicators-2021-official")
        String version,
        List<Entry> indicators) {

    @Schema(name = "CatalogueIndicator", description = "One indicator definition")
    public record Entry(
            @Schema(description = "Stable code, UPPER_SNAKE_CASE", example = "CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE") String code,
            @Schema(example = "建筑垃圾资源化利用率") String nameZh,
            @Schema(example = "Construction waste resource utilisation rate") String nameEn,
            @Schema(example = "construction.resourceUtilised / construction.generated * 100") String formula,
            @Schema(example = "%") String unit,
            @Schema(description = "Decimal places of the value (0..10); rounded once, at the end") Integer scale,
            @Schema(enumeration = {"HIGHER_IS_BETTER", "LOWER_IS_BETTER"}) String direction,
            @Schema(description = "The ★ (必选) flag of the national list") Boolean mandatory,
            @Schema(enumeration = {"PRIMARY", "SECONDARY", "UNVERIFIED"}) String verification,
            String source,
            String note) {
    }

    public static CatalogueDocument of(IndicatorCatalogue catalogue) {
        return new CatalogueDocument(catalogue.version(), catalogue.indicators().stream().map(CatalogueDocument::entryOf).toList());
    }

    private static Entry entryOf(IndicatorDefinition d) {
        return new Entry(d.code(), d.nameZh(), d.nameEn(), d.formula(), d.unit(), d.scale(), d.direction().name(),
                d.mandatory(), d.verification().name(), d.source(), d.note());
    }
}
