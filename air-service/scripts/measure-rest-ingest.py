#!/usr/bin/env python3
"""Measures REST ingest of air-service: registers stations, times one 10,000-observation batch, then posts
batches back to back for a while and prints the sustained observations per second.

usage: measure-rest-ingest.py [base-url] [seconds] [batch-size] [stations]
(defaults: http://localhost:8081 30 10000 50). Only the standard library; one connection, one request at a time,
as a data logger gateway would send.
"""
import datetime
import http.client
import json
import sys
import time
import urllib.parse

base = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8081"
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 30
batch_size = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
station_count = int(sys.argv[4]) if len(sys.argv) > 4 else 50
url = urllib.parse.urlparse(base)
connection = http.client.HTTPConnection(url.hostname, url.port)
run = str(int(time.time()))


def call(method, path, body):
    connection.request(method, path, body=json.dumps(body), headers={"Content-Type": "application/json"})
    response = connection.getresponse()
    text = response.read()
    if response.status >= 300:
        raise SystemExit(f"{method} {path}: {response.status} {text[:500]!r}")
    return json.loads(text)


stations = [f"BENCH-{run}-{i}" for i in range(station_count)]
for i, station in enumerate(stations):
    call("POST", "/api/air/stations", {"stationId": station, "name": station, "town": f"T{i % 10}",
                                       "latitude": 23.0, "longitude": 113.7, "kind": "NATIONAL", "assessed": True})

start_hour = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
next_hour = [0]


def batch():
    items = []
    while len(items) < batch_size:
        hour = (start_hour + datetime.timedelta(hours=next_hour[0] + 1)).isoformat()
        next_hour[0] += 1
        for station in stations:
            if len(items) == batch_size:
                break
            h = next_hour[0]
            items.append({"stationId": station, "time": hour, "so2": 8, "no2": 20 + h % 7, "pm10": 45.5,
                          "pm25": 20 + h % 13, "co": 0.6, "o3": 40 + h % 50})
    return items


first = batch()
started = time.perf_counter()
result = call("POST", "/api/air/observations", first)
print(f"one batch of {len(first)}: {1000 * (time.perf_counter() - started):.0f} ms, {result}")

total = 0
started = time.perf_counter()
while time.perf_counter() - started < seconds:
    items = batch()
    call("POST", "/api/air/observations", items)
    total += len(items)
elapsed = time.perf_counter() - started
print(f"sustained: {total} observations in {elapsed:.1f} s = {total / elapsed:.0f} observations/s")
