package io.ecocity.water.service;

import io.ecocity.water.domain.Decimals;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.ecocity.support.input.DecimalBounds;
import io.ecocity.support.input.JsonLimits;
import com.fasterxml.jackson.databind.ObjectReader;
import io.ecocity.support.problem.FieldError;
import io.ecocity.support.problem.ProblemMappers;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.water.config.WaterConfig;
import io.ecocity.water.domain.WaterQualityItem;
import io.ecocity.water.repository.SectionEntity;
import io.ecocity.water.repository.SectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one set of checks for a sample, whether it comes in a REST batch or as a Kafka event: a registered section, an
 * ISO-8601 sampling time with its offset (not in the future), and values of the GB 3838 Table 1 items in their fixed
 * units, none negative, pH within 0–14. Numbers are read as exact decimals, never through a double.
 */
@ApplicationScoped
public class SampleValidator {

    /** Exact decimals, and a field given twice is an error rather than the last one silently winning. */
    private static final ObjectReader JSON = JsonLimits.mapperBuilder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build()
            .reader();

    private static final Set<String> FIELDS = Set.of("sectionId", "sampledAt", "values");
    private static final BigDecimal PH_MAX = BigDecimal.valueOf(14);
    /** What {@code water_sample_value.item_value numeric(20,8)} holds. */
    private static final int MAX_DECIMALS = 8;
    private static final int MAX_INTEGER_DIGITS = 12;
    private static final String ITEM_CODES = Arrays.stream(WaterQualityItem.values())
            .map(WaterQualityItem::code).collect(Collectors.joining(", "));

    private final SectionRepository sections;
    private final WaterConfig config;

    public SampleValidator(SectionRepository sections, WaterConfig config) {
        this.sections = sections;
        this.config = config;
    }

    /** A sample that passed every check, with its section. */
    public record CheckedSample(SectionEntity section, Instant sampledAt, Map<WaterQualityItem, BigDecimal> values) {
        public String sectionId() {
            return section.sectionId;
        }
    }

    public record Checked(List<CheckedSample> samples, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public JsonNode read(String json) throws JsonProcessingException {
        return JSON.readTree(json);
    }

    /** A request body, as {@link #read} reads it; what is not JSON is a 400 problem on the body. */
    public JsonNode readRequestBody(String body) {
        try {
            return read(body == null ? "" : body);
        } catch (StreamConstraintsException e) {
            throw new InvalidInputException("body", "the body exceeds the JSON reader's limits: numbers of at most "
                    + JsonLimits.MAX_NUMBER_LENGTH + " characters, nesting at most " + JsonLimits.MAX_NESTING_DEPTH
                    + " levels, strings of at most " + JsonLimits.MAX_STRING_LENGTH + " characters");
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("body", ProblemMappers.plainMessage(e, null));
        }
    }

    /** Every item of a batch; an item sampled twice (same section and time) is an error at each occurrence. */
    public Checked checkBatch(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isArray()) {
            return new Checked(List.of(), List.of(FieldError.of("body", "the body must be a JSON array of samples")));
        }
        if (body.isEmpty()) {
            return new Checked(List.of(), List.of(FieldError.of("body", "the batch holds no sample")));
        }
        int max = config.samples().maxBatchSize();
        if (body.size() > max) {
            return new Checked(List.of(), List.of(FieldError.of("body",
                    "a batch holds at most " + max + " samples; this one holds " + body.size())));
        }
        Map<String, SectionEntity> sectionCache = new HashMap<>();
        Map<String, List<Integer>> indexesByKey = new LinkedHashMap<>();
        List<CheckedSample> samples = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Optional<CheckedSample> sample = check(body.get(i), i, errors, sectionCache);
            if (sample.isPresent()) {
                samples.add(sample.get());
                indexesByKey.computeIfAbsent(sample.get().sectionId() + "@" + sample.get().sampledAt(),
                        key -> new ArrayList<>()).add(i);
            }
        }
        indexesByKey.values().stream().filter(indexes -> indexes.size() > 1).forEach(indexes -> {
            for (int index : indexes) {
                List<Integer> others = indexes.stream().filter(other -> other != index).toList();
                errors.add(FieldError.at(index, "sampledAt", "the same section and sampling time as item "
                        + others.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + " of this batch; send one sample per section and time"));
            }
        });
        errors.sort((a, b) -> Integer.compare(a.index() == null ? -1 : a.index(), b.index() == null ? -1 : b.index()));
        return new Checked(errors.isEmpty() ? samples : List.of(), errors);
    }

    /** One sample, as a Kafka event carries it. */
    public Checked checkOne(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        Optional<CheckedSample> sample = check(body, null, errors, new HashMap<>());
        return new Checked(sample.map(List::of).orElse(List.of()), errors);
    }

    private Optional<CheckedSample> check(JsonNode node, Integer index, List<FieldError> errors,
            Map<String, SectionEntity> sectionCache) {
        int before = errors.size();
        if (node == null || !node.isObject()) {
            errors.add(error(index, null, "a sample must be a JSON object with sectionId, sampledAt and values"));
            return Optional.empty();
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                errors.add(error(index, name, "unknown field '" + name + "'"));
            }
        }
        SectionEntity section = checkSection(node.get("sectionId"), index, errors, sectionCache);
        Instant sampledAt = checkTime(node.get("sampledAt"), index, errors);
        Map<WaterQualityItem, BigDecimal> values = checkValues(node.get("values"), index, errors);
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CheckedSample(section, sampledAt, values));
    }

    private SectionEntity checkSection(JsonNode node, Integer index, List<FieldError> errors,
            Map<String, SectionEntity> cache) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            errors.add(error(index, "sectionId", "sectionId is required: the id of a registered section"));
            return null;
        }
        String id = node.asText();
        SectionEntity section = cache.computeIfAbsent(id, sections::findById);
        if (section == null) {
            errors.add(error(index, "sectionId", "unknown section '" + id + "'; register it first"));
        }
        return section;
    }

    private Instant checkTime(JsonNode node, Integer index, List<FieldError> errors) {
        if (node == null || !node.isTextual()) {
            errors.add(error(index, "sampledAt", "sampledAt is required: ISO-8601 with an offset, e.g. 2026-05-01T09:30:00+08:00"));
            return null;
        }
        Instant sampledAt;
        try {
            sampledAt = OffsetDateTime.parse(node.asText()).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            errors.add(error(index, "sampledAt", "'" + node.asText()
                    + "' is not an ISO-8601 time with an offset, e.g. 2026-05-01T09:30:00+08:00"));
            return null;
        }
        if (sampledAt.isAfter(Instant.now().plus(config.samples().maxAheadOfNow()))) {
            errors.add(error(index, "sampledAt", "sampledAt " + node.asText() + " lies in the future"));
            return null;
        }
        return sampledAt;
    }

    /** The values object alone, as the classification endpoint takes it; errors are added to {@code errors}. */
    public Map<WaterQualityItem, BigDecimal> checkValues(JsonNode node, Integer index, List<FieldError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(error(index, "values", "values is required: an object of item code → value"));
            return null;
        }
        if (node.isEmpty()) {
            errors.add(error(index, "values", "values holds no item"));
            return null;
        }
        Map<WaterQualityItem, BigDecimal> values = new EnumMap<>(WaterQualityItem.class);
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String code = field.getKey();
            String name = "values." + code;
            WaterQualityItem item;
            try {
                item = WaterQualityItem.fromCode(code);
            } catch (IllegalArgumentException e) {
                errors.add(error(index, name, "unknown item '" + code + "'; the GB 3838 Table 1 codes are " + ITEM_CODES));
                continue;
            }
            JsonNode valueNode = field.getValue();
            if (!valueNode.isNumber()) {
                errors.add(error(index, name, code + " must be a number in " + item.unit().symbol()));
                continue;
            }
            DecimalBounds.Checked bounded = DecimalBounds.check(valueNode);
            if (!bounded.valid()) {
                errors.add(error(index, name, code + " " + bounded.problem()));
                continue;
            }
            BigDecimal value = bounded.value();
            if (value.signum() < 0) {
                errors.add(error(index, name, code + " must not be negative: " + value.toPlainString()));
            } else if (item == WaterQualityItem.PH && value.compareTo(PH_MAX) > 0) {
                errors.add(error(index, name, "pH must lie within 0–14: " + value.toPlainString()));
            } else if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
                errors.add(error(index, name, code + " has more than " + MAX_DECIMALS + " decimals: " + value.toPlainString()));
            } else if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
                errors.add(error(index, name, code + " is too large: " + value.toPlainString()));
            } else {
                values.put(item, Decimals.plain(value));
            }
        }
        return values;
    }

    private static FieldError error(Integer index, String field, String message) {
        return new FieldError(index, field, message);
    }
}
