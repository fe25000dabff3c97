package io.ecocity.air.rest;

import io.ecocity.air.service.AssessmentService;
import io.ecocity.air.service.ReportQueryService;
import io.ecocity.events.air.AirDailyAssessment;
import io.ecocity.events.air.AirHourlyAssessment;
import io.ecocity.support.api.Page;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/air/reports")
@Produces({MediaType.APPLICATION_JSON, ReportResource.TEXT_CSV})
@Tag(name = "AQI reports", description = "Real-time (hourly) and daily AQI reports of the stations, towns (镇街) and the "
        + "city. Hours are labelled by their end (Beijing time); a day holds the hours ending 01:00 … 24:00. Data dated "
        + "before 2026-03-01 is rated by HJ 633-2012, later data by HJ 633-2026. The city value is the mean of the "
        + "assessed stations' concentrations, and its AQI is computed from those means. Daily values carry their "
        + "validity (GB 3095: ≥ 20 hourly values; O3 8-hour windows ≥ 6 values); an invalid value is null, never 0.")
public class ReportResource {

    static final String TEXT_CSV = "text/csv";
    private static final String RANGE_DESCRIPTION = "Reports of period (2025, 2025-Q2, 2025-05, 2025-W18, ytd) or "
            + "from/to (inclusive Beijing days), oldest first; limit ≤ 1000 and cursor from nextCursor. "
            + "CSV with Accept: text/csv (the page's items).";

    private final ReportQueryService queries;

    public ReportResource(ReportQueryService queries) {
        this.queries = queries;
    }

    @GET
    @Path("hourly/city/latest")
    @Operation(summary = "The city's latest real-time report")
    public Response cityHourlyLatest(@Context HttpHeaders headers) {
        return hourlyOne(headers, queries.latestHourly(AssessmentService.CITY, AssessmentService.CITY));
    }

    @GET
    @Path("hourly/towns/{town}/latest")
    @Operation(summary = "A town's latest real-time report")
    public Response townHourlyLatest(@PathParam("town") String town, @Context HttpHeaders headers) {
        return hourlyOne(headers, queries.latestHourly(AssessmentService.TOWN, town));
    }

    @GET
    @Path("hourly/stations/{stationId}/latest")
    @Operation(summary = "A station's latest real-time report")
    public Response stationHourlyLatest(@PathParam("stationId") String stationId, @Context HttpHeaders headers) {
        return hourlyOne(headers, queries.latestHourly(AssessmentService.STATION, stationId));
    }

    @GET
    @Path("hourly/city")
    @Operation(summary = "The city's real-time reports", description = RANGE_DESCRIPTION)
    public Response cityHourly(@BeanParam ReportRange range, @Context HttpHeaders headers) {
        return hourlyPage(headers, queries.hourly(AssessmentService.CITY, AssessmentService.CITY,
                range.period(), range.page()));
    }

    @GET
    @Path("hourly/towns/{town}")
    @Operation(summary = "A town's real-time reports", description = RANGE_DESCRIPTION)
    public Response townHourly(@PathParam("town") String town, @BeanParam ReportRange range,
                               @Context HttpHeaders headers) {
        return hourlyPage(headers, queries.hourly(AssessmentService.TOWN, town, range.period(), range.page()));
    }

    @GET
    @Path("hourly/stations/{stationId}")
    @Operation(summary = "A station's real-time reports", description = RANGE_DESCRIPTION)
    public Response stationHourly(@PathParam("stationId") String stationId, @BeanParam ReportRange range,
                                  @Context HttpHeaders headers) {
        return hourlyPage(headers, queries.hourly(AssessmentService.STATION, stationId, range.period(), range.page()));
    }

    @GET
    @Path("daily/city/latest")
    @Operation(summary = "The city's latest daily report")
    public Response cityDailyLatest(@Context HttpHeaders headers) {
        return dailyOne(headers, queries.latestDaily(AssessmentService.CITY, AssessmentService.CITY));
    }

    @GET
    @Path("daily/towns/{town}/latest")
    @Operation(summary = "A town's latest daily report")
    public Response townDailyLatest(@PathParam("town") String town, @Context HttpHeaders headers) {
        return dailyOne(headers, queries.latestDaily(AssessmentService.TOWN, town));
    }

    @GET
    @Path("daily/stations/{stationId}/latest")
    @Operation(summary = "A station's latest daily report")
    public Response stationDailyLatest(@PathParam("stationId") String stationId, @Context HttpHeaders headers) {
        return dailyOne(headers, queries.latestDaily(AssessmentService.STATION, stationId));
    }

    @GET
    @Path("daily/city")
    @Operation(summary = "The city's daily reports", description = RANGE_DESCRIPTION)
    public Response cityDaily(@BeanParam ReportRange range, @Context HttpHeaders headers) {
        return dailyPage(headers, queries.daily(AssessmentService.CITY, AssessmentService.CITY,
                range.period(), range.page()));
    }

    @GET
    @Path("daily/towns/{town}")
    @Operation(summary = "A town's daily reports", description = RANGE_DESCRIPTION)
    public Response townDaily(@PathParam("town") String town, @BeanParam ReportRange range,
                              @Context HttpHeaders headers) {
        return dailyPage(headers, queries.daily(AssessmentService.TOWN, town, range.period(), range.page()));
    }

    @GET
    @Path("daily/stations/{stationId}")
    @Operation(summary = "A station's daily reports", description = RANGE_DESCRIPTION)
    public Response stationDaily(@PathParam("stationId") String stationId, @BeanParam ReportRange range,
                                 @Context HttpHeaders headers) {
        return dailyPage(headers, queries.daily(AssessmentService.STATION, stationId, range.period(), range.page()));
    }

    private static boolean wantsCsv(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> "text".equals(type.getType()) && "csv".equals(type.getSubtype()));
    }

    private static Response hourlyOne(HttpHeaders headers, AirHourlyAssessment report) {
        return wantsCsv(headers) ? csv(hourlyCsv(List.of(report))) : Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    private static Response hourlyPage(HttpHeaders headers, Page<AirHourlyAssessment> page) {
        return wantsCsv(headers) ? csv(hourlyCsv(page.items()), page.nextCursor())
                : Response.ok(page, MediaType.APPLICATION_JSON).build();
    }

    private static Response dailyOne(HttpHeaders headers, AirDailyAssessment report) {
        return wantsCsv(headers) ? csv(dailyCsv(List.of(report))) : Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    private static Response dailyPage(HttpHeaders headers, Page<AirDailyAssessment> page) {
        return wantsCsv(headers) ? csv(dailyCsv(page.items()), page.nextCursor())
                : Response.ok(page, MediaType.APPLICATION_JSON).build();
    }

    private static Response csv(String body) {
        return csv(body, null);
    }

    /** The next page's cursor travels in a header, since CSV has no place for it. */
    private static Response csv(String body, String nextCursor) {
        Response.ResponseBuilder response = Response.ok(body, TEXT_CSV + "; charset=UTF-8");
        if (nextCursor != null) {
            response.header("X-Next-Cursor", nextCursor);
        }
        return response.build();
    }

    static String hourlyCsv(List<AirHourlyAssessment> reports) {
        StringBuilder csv = new StringBuilder("scope,stationId,town,time,edition,so2,no2,pm10,pm25,co,o3,aqi,level,"
                + "category,colour,primaryPollutants,capped,stationCount\n");
        for (AirHourlyAssessment r : reports) {
            AirHourlyAssessment.Concentrations c = r.concentrations();
            row(csv, r.scope(), r.stationId(), r.town(), r.time(), r.edition(), c.so2(), c.no2(), c.pm10(), c.pm25(),
                    c.co(), c.o3(), r.aqi(), r.level(), r.category(), r.colour(),
                    String.join(" ", r.primaryPollutants()), r.capped(), r.stationCount());
        }
        return csv.toString();
    }

    static String dailyCsv(List<AirDailyAssessment> reports) {
        StringBuilder csv = new StringBuilder("scope,stationId,town,date,edition,SO2_24H,NO2_24H,PM10_24H,PM25_24H,"
                + "CO_24H,O3_8H,O3_1H,aqi,level,category,colour,primaryPollutants,capped\n");
        for (AirDailyAssessment r : reports) {
            Object[] cells = new Object[18];
            cells[0] = r.scope();
            cells[1] = r.stationId();
            cells[2] = r.town();
            cells[3] = r.date();
            cells[4] = r.edition();
            List<AirDailyAssessment.Value> values = r.values();
            for (int i = 0; i < 7; i++) {
                AirDailyAssessment.Value value = i < values.size() ? values.get(i) : null;
                // An invalid value is written as NA, never as an empty cell a spreadsheet might read as 0.
                cells[5 + i] = value == null || !value.valid() ? "NA" : value.concentration();
            }
            cells[12] = r.aqi();
            cells[13] = r.level();
            cells[14] = r.category();
            cells[15] = r.colour();
            cells[16] = String.join(" ", r.primaryPollutants());
            cells[17] = r.capped();
            row(csv, cells);
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object cell = cells[i];
            String text = cell == null ? ""
                    : cell instanceof BigDecimal d ? d.toPlainString()
                    : cell instanceof OffsetDateTime t ? t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    : cell.toString();
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            csv.append(text);
        }
        csv.append('\n');
    }
}
