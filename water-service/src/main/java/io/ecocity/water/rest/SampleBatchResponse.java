package io.ecocity.water.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a sample batch did: each sample stored new, corrected (a resubmission with other values) "
        + "or unchanged (the same values again)")
public record SampleBatchResponse(int created, int corrected, int unchanged, List<Item> items) {

    public record Item(int index, String sectionId, OffsetDateTime sampledAt,
            @Schema(enumeration = {"CREATED", "CORRECTED", "UNCHANGED"}) String outcome,
            @Schema(description = "The sample's class; null when unchanged or when no evaluated item was given")
            String waterClass,
            Boolean meetsTarget,
            List<String> mainPollutants) {
    }
}
