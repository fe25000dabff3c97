package io.ecocity.air.service;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.ecocity.air.config.AirConfig;
import io.ecocity.air.domain.HourlyObservation;
import io.ecocity.air.domain.Pollutant;
import io.ecocity.support.input.DecimalBounds;
import io.ecocity.support.input.JsonLimits;
import io.ecocity.support.input.TextBounds;
import io.ecocity.support.problem.FieldError;
import io.ecocity.support.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks observations as a data logger sends them (REST batch items and Kafka payloads alike) and turns the good
 * ones into {@link HourlyObservation}s. The JSON is read leniently on purpose (NaN and strings are accepted by
 * the parser) so that each bad value is answered by its item and field instead of a whole-body parse error; the
 * reader's size limits and every number's bounds are the suite's ({@link JsonLimits}, {@link DecimalBounds}), checked
 * before any arithmetic or formatting of a value.
 */
@ApplicationScoped
public class ObservationValidator {

    static final String STATION_ID = "stationId";
    static final String TIME = "time";
    private static final int MAX_DECIMALS = 6;

    private final ObjectReader lenientReader = JsonLimits.mapperBuilder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build()
            .reader();
    private final StationDirectory stations;
    private final AirConfig.Observations config;
    private final Map<Pollutant, BigDecimal> ceilings;
    private final Clock clock;

    @Inject
    public ObservationValidator(StationDirectory stations, AirConfig config) {
        this(stations, config, Clock.systemUTC());
    }

    ObservationValidator(StationDirectory stations, AirConfig config, Clock clock) {
        this.stations = stations;
        this.config = config.observations();
        this.clock = clock;
        AirConfig.Ceilings c = this.config.ceilings();
        this.ceilings = Map.of(Pollutant.SO2, c.so2(), Pollutant.NO2, c.no2(), Pollutant.PM10, c.pm10(),
                Pollutant.PM25, c.pm25(), Pollutant.CO, c.co(), Pollutant.O3, c.o3());
    }

    /** The outcome of checking a batch: the accepted observations in order, or every error found. */
    public record Checked(List<HourlyObservation> observations, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** A REST body: what the reader refuses (too deep, too long, a field twice) is a 400 saying which limit. */
    public JsonNode read(InputStream body) throws IOException {
        try {
            return lenientReader.readTree(body);
        } catch (StreamConstraintsException e) {
            throw new InvalidInputException("the body exceeds the JSON reader's limits", List.of(FieldError.of("body",
                    "numbers of at most " + JsonLimits.MAX_NUMBER_LENGTH + " characters, nesting at most "
                            + JsonLimits.MAX_NESTING_DEPTH + " levels, strings of at most "
                            + JsonLimits.MAX_STRING_LENGTH + " characters")));
        } catch (JsonParseException e) {
            String first = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new InvalidInputException("the body is not JSON", List.of(FieldError.of("body",
                    first.startsWith("Duplicate field") ? first.replace("Duplicate field", "a field is given twice:")
                            : "not JSON")));
        }
    }

    public JsonNode read(String body) throws IOException {
        return lenientReader.readTree(body);
    }

    /** A REST batch: every item is checked, plus the same station-hour twice in one batch. */
    public Checked checkBatch(JsonNode batch) {
        List<FieldError> errors = new ArrayList<>();
        if (batch == null || !batch.isArray()) {
            errors.add(FieldError.of("body", "expected a JSON array of observations"));
            return new Checked(List.of(), errors);
        }
        if (batch.isEmpty()) {
            errors.add(FieldError.of("body", "the batch holds no observation"));
        }
        if (batch.size() > config.maxBatchSize()) {
            errors.add(FieldError.of("body", "at most " + config.maxBatchSize() + " observations per request, got "
                    + batch.size()));
            return new Checked(List.of(), errors);
        }
        List<HourlyObservation> accepted = new ArrayList<>(batch.size());
        Map<HourlyObservation.Key, Integer> firstIndex = new HashMap<>(batch.size() * 2);
        Instant latestAllowed = latestAllowedHourEnd();
        for (int i = 0; i < batch.size(); i++) {
            HourlyObservation observation = checkItem(i, batch.get(i), latestAllowed, errors);
            if (observation != null) {
                Integer earlier = firstIndex.putIfAbsent(observation.key(), i);
                if (earlier != null) {
                    errors.add(FieldError.at(i, TIME, "the same station and hour as item " + earlier
                            + " of this batch"));
                } else {
                    accepted.add(observation);
                }
            }
        }
        return new Checked(errors.isEmpty() ? accepted : List.of(), errors);
    }

    /** One observation on its own (a Kafka event). */
    public Checked checkOne(JsonNode item) {
        List<FieldError> errors = new ArrayList<>();
        HourlyObservation observation = checkItem(null, item, latestAllowedHourEnd(), errors);
        return new Checked(observation == null ? List.of() : List.of(observation), errors);
    }

    private Instant latestAllowedHourEnd() {
        return clock.instant().plus(config.maxAheadOfNow());
    }

    private HourlyObservation checkItem(Integer index, JsonNode item, Instant latestAllowed,
                                        List<FieldError> errors) {
        int errorsBefore = errors.size();
        if (item == null || !item.isObject()) {
            errors.add(error(index, null, "expected an observation object"));
            return null;
        }
        String stationId = null;
        Instant hourEnd = null;
        BigDecimal[] values = new BigDecimal[Pollutant.values().length];
        boolean sawStation = false;
        boolean sawTime = false;
        for (Iterator<Map.Entry<String, JsonNode>> fields = item.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            switch (name) {
                case STATION_ID -> {
                    sawStation = true;
                    stationId = checkStation(index, value, errors);
                }
                case TIME -> {
                    sawTime = true;
                    hourEnd = checkTime(index, value, latestAllowed, errors);
                }
                default -> {
                    Pollutant pollutant = pollutantNamed(name);
                    if (pollutant == null) {
                        errors.add(error(index, name, "unknown pollutant '" + name
                                + "'; known: so2, no2, pm10, pm25, co (mg/m³), o3"));
                    } else {
                        values[pollutant.ordinal()] = checkValue(index, pollutant, value, errors);
                    }
                }
            }
        }
        if (!sawStation) {
            errors.add(error(index, STATION_ID, "stationId is required"));
        }
        if (!sawTime) {
            errors.add(error(index, TIME, "time (the end of the hour, ISO-8601 with offset) is required"));
        }
        if (errors.size() > errorsBefore) {
            return null;
        }
        return new HourlyObservation(stationId, hourEnd, values);
    }

    private String checkStation(Integer index, JsonNode value, List<FieldError> errors) {
        if (!value.isTextual() || value.asText().isBlank()) {
            errors.add(error(index, STATION_ID, "stationId must be a non-empty string"));
            return null;
        }
        String stationId = value.asText();
        String problem = TextBounds.identifierProblem(stationId);
        if (problem != null) {
            errors.add(error(index, STATION_ID, "stationId " + problem));
            return null;
        }
        if (!stations.exists(stationId)) {
            errors.add(error(index, STATION_ID, "unknown station '" + stationId + "'"));
            return null;
        }
        return stationId;
    }

    private Instant checkTime(Integer index, JsonNode value, Instant latestAllowed, List<FieldError> errors) {
        if (!value.isTextual()) {
            errors.add(error(index, TIME, "time must be an ISO-8601 string with offset, e.g. 2025-05-01T14:00:00+08:00"));
            return null;
        }
        Instant hourEnd;
        try {
            hourEnd = OffsetDateTime.parse(value.asText()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(error(index, TIME, "'" + value.asText()
                    + "' is not an ISO-8601 time with offset, e.g. 2025-05-01T14:00:00+08:00"));
            return null;
        }
        if (hourEnd.getEpochSecond() % 3600 != 0 || hourEnd.getNano() != 0) {
            errors.add(error(index, TIME, "time must be a whole hour: the end of the observed hour"));
            return null;
        }
        if (hourEnd.isAfter(latestAllowed)) {
            errors.add(error(index, TIME, "time " + value.asText() + " is more than "
                    + config.maxAheadOfNow().toMinutes() + " minutes in the future"));
            return null;
        }
        return hourEnd;
    }

    private BigDecimal checkValue(Integer index, Pollutant pollutant, JsonNode value, List<FieldError> errors) {
        String field = pollutant.apiName();
        if (value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            errors.add(error(index, field, field + " must be a number or null"));
            return null;
        }
        DecimalBounds.Checked bounded = DecimalBounds.check(value);
        if (!bounded.valid()) {
            errors.add(error(index, field, field + " " + bounded.problem()));
            return null;
        }
        BigDecimal concentration = bounded.value();
        if (concentration.signum() < 0) {
            errors.add(error(index, field, field + " is negative: " + concentration.toPlainString()));
            return null;
        }
        BigDecimal ceiling = ceilings.get(pollutant);
        if (concentration.compareTo(ceiling) > 0) {
            errors.add(error(index, field, field + " " + concentration.toPlainString()
                    + " is above the plausibility ceiling of " + ceiling.toPlainString() + " " + unit(pollutant)));
            return null;
        }
        BigDecimal stripped = concentration.stripTrailingZeros();
        if (stripped.scale() > MAX_DECIMALS) {
            errors.add(error(index, field, field + " has more than " + MAX_DECIMALS + " decimals"));
            return null;
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String unit(Pollutant pollutant) {
        return pollutant == Pollutant.CO ? "mg/m³" : "µg/m³";
    }

    private static Pollutant pollutantNamed(String name) {
        for (Pollutant pollutant : Pollutant.values()) {
            if (pollutant.apiName().equals(name)) {
                return pollutant;
            }
        }
        return null;
    }

    private static FieldError error(Integer index, String field, String message) {
        return new FieldError(index, field, message);
    }
}
