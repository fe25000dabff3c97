package io.ecocity.air.domain;

/** HOURLY is the real-time report (实时报) published after each full hour; DAILY is the daily report (日报). */
public enum AqiReportKind {
    HOURLY,
    DAILY
}
