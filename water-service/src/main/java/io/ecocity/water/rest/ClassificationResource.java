package io.ecocity.water.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecocity.support.problem.FieldError;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.water.domain.CityWaterAssessment;
import io.ecocity.water.domain.SampleAssessment;
import io.ecocity.water.domain.WaterBodyType;
import io.ecocity.water.domain.WaterClass;
import io.ecocity.water.domain.WaterQualityClassifier;
import io.ecocity.water.domain.WaterQualityItem;
import io.ecocity.water.service.SampleValidator;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/water/classify")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Classification", description = "GB 3838-2002 classification for other city systems")
public class ClassificationResource {

    private static final Set<String> FIELDS = Set.of("waterBodyType", "values", "targetClass");

    private final WaterQualityClassifier classifier;
    private final CityWaterAssessment city;
    private final SampleValidator validator;

    public ClassificationResource(WaterQualityClassifier classifier, CityWaterAssessment city, SampleValidator validator) {
        this.classifier = classifier;
        this.city = city;
        this.validator = validator;
    }

    /** A computation for other city systems: it reads no stored data and stores nothing, so it needs no role. */
    @PermitAll
    @POST
    @Operation(summary = "Classify one sample",
            description = "Body: {\"waterBodyType\":\"RIVER\",\"values\":{\"DO\":5.5,\"CODMn\":7,\"NH3N\":2.1,\"TP\":0.25},"
                    + "\"targetClass\":\"III\"} (targetClass optional). Each item takes the best class whose limit the value "
                    + "meets (≤ items; DO ≥; pH 6–9 as a range, outside it the configured class, default 劣V [U]); a value "
                    + "equal to a limit is in that class, equal limits give the better class. Lakes and reservoirs use their "
                    + "TP limits; TN has a class only for them and never makes a class (configurable, default off). The "
                    + "section class is the worst of the 21 evaluated items; exceedance multiples against class III, "
                    + "rounded for display as configured (default 2 decimals, half-up [U]); main pollutants when worse "
                    + "than III (top 3 by class, then multiple). Units: mg/L; pH dimensionless; FC count/L; WT °C. Nothing "
                    + "is stored.")
    @RequestBody(description = "waterBodyType, values (item code → value), optional targetClass")
    public ClassificationResponse classify(String body) {
        JsonNode node = validator.readRequestBody(body);
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("body", "the body must be a JSON object with waterBodyType and values");
        }
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                errors.add(FieldError.of(name, "unknown field '" + name + "'"));
            }
        }
        WaterBodyType type = parse(WaterBodyType.class, node.get("waterBodyType"), "waterBodyType", true, errors);
        WaterClass target = parse(WaterClass.class, node.get("targetClass"), "targetClass", false, errors);
        if (target == WaterClass.WORSE_THAN_V) {
            errors.add(FieldError.of("targetClass", "a target class is one of I, II, III, IV, V"));
        }
        Map<WaterQualityItem, BigDecimal> values = validator.checkValues(node.get("values"), null, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("the sample cannot be classified", errors);
        }
        SampleAssessment assessment = classifier.assess(type, values);
        return ClassificationResponse.of(assessment, target == null ? null : classifier.compliance(assessment, target),
                city::sectionStatus);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, JsonNode node, String field, boolean required,
            List<FieldError> errors) {
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(FieldError.of(field, field + " is required"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, node.asText());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, "'" + node.asText() + "' is not one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }
}
