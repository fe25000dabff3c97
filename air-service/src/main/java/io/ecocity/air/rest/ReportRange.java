package io.ecocity.air.rest;

import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.api.PageRequest;
import io.ecocity.support.api.ReportingPeriod;
import jakarta.ws.rs.QueryParam;

/** The query parameters every report list takes: the period (or from/to) and the page. */
public class ReportRange {

    @QueryParam("period")
    String period;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("limit")
    Integer limit;

    @QueryParam("cursor")
    String cursor;

    ReportingPeriod period() {
        return ReportingPeriod.parse(period, from, to, BeijingTime.today());
    }

    PageRequest page() {
        return PageRequest.of(limit, cursor);
    }
}
