#!/usr/bin/env bash
# Start-up time and resident memory of the four services, as ./ecocity runs them, for one or more JVM settings
# measured side by side (the settings take turns within each run, so drift on the machine hits all of them).
#
#   bench/footprint.sh [--runs 3] [--port-base 19100] [--keep] CONFIG...
#
# A CONFIG is NAME=SETTINGS, SETTINGS a space-separated list of
#   -XX:...          JVM options, after those ./ecocity always passes (-Xmx$ECOCITY_SERVICE_HEAP -XX:+UseSerialGC)
#   VAR=value        environment variables of the service processes (e.g. MALLOC_ARENA_MAX=2)
#   java=/path/java  another JVM
#   aot              -XX:AOTCache=<module>/target/quarkus-app/app.aot (JDK 24 and later; made by a training run
#                    with -XX:AOTCacheOutput)
#   cds              -XX:SharedArchiveFile=<module>/target/quarkus-app/app-cds.jsa (built with
#                    -Dquarkus.package.jar.appcds.enabled=true)
#   plain            the JVM options ./ecocity passes by default are replaced by -Xmx$ECOCITY_SERVICE_HEAP
#                    -XX:+UseSerialGC only (to measure the defaults of ./ecocity from before a change)
# e.g.  bench/footprint.sh 'before=plain' 'now='
#
# It builds nothing: it runs the packaged target/quarkus-app of each module (the local profile, as ./ecocity run
# builds it), from that folder with `-jar quarkus-run.jar` as ./ecocity does (a JDK 17 class data sharing archive
# only fits the class path it was made with), against a Kafka broker started as ./ecocity starts it (its
# KAFKA_JVM_OPTS and MALLOC_ARENA_MAX=2; FOOTPRINT_KAFKA_OPTS adds options). For each run and CONFIG:
#   first    each service started alone on an empty data folder: ms from `java -jar` to /q/health/ready = 200,
#            and the CPU ms the process used until then (cpu-first)
#   load     50 stations and 4,000 observations posted to air-service in batches of 1,000 (REST), 10 s to let the
#            assessment, the events and the gateway settle, a few reads of the city overview
#   rss      VmRSS of each service and of the broker after the load (/proc/<pid>/status)
#   restart  every service stopped, then each started alone again on its data: ms to ready (and cpu-restart)
# The medians are printed as a table and written, with every single figure, to bench/results/footprint-*.md.
# Logs of every process are kept under target/footprint/ (per config and run).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS=3
BASE=19100
KEEP=false
CONFIGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift ;;
    --port-base) BASE="$2"; shift ;;
    --keep) KEEP=true ;;
    -h|--help) sed -n '2,30p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *=*) CONFIGS+=("$1") ;;
    *) echo "footprint: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
[ ${#CONFIGS[@]} -gt 0 ] || CONFIGS=("default=")

SERVICES=(air-service water-service waste-service gateway)
SERVICE_HEAP="${ECOCITY_SERVICE_HEAP:-256m}"
KAFKA_HEAP="${ECOCITY_KAFKA_HEAP:-512m}"
KAFKA_PORT=$((BASE + 92))
WORK="$ROOT/target/footprint"
RESULTS="$ROOT/bench/results"
STAMP="$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$WORK" "$RESULTS"

for module in "${SERVICES[@]}"; do
  [ -f "$ROOT/$module/target/quarkus-app/quarkus-run.jar" ] || { echo "footprint: $module is not built (./ecocity build)" >&2; exit 1; }
done
[ -d "$ROOT/kafka-local/target/broker-lib" ] || { echo "footprint: kafka-local is not built (./ecocity build)" >&2; exit 1; }
DEMO_JAR="$(compgen -G "$ROOT/demo/target/demo-*.jar" | head -1 || true)"
[ -n "$DEMO_JAR" ] && [ -d "$ROOT/demo/target/demo-lib" ] || { echo "footprint: the demo is not built (./ecocity build)" >&2; exit 1; }
# as ./ecocity run: the services verify tokens against a key pair of this run's own; post_load signs its token with it
PUBLIC_KEY="$(java -cp "$ROOT/demo/target/demo-lib/*:$DEMO_JAR" io.ecocity.demo.TokenCommand keys "$WORK/security")"
TOKEN="$(java -cp "$ROOT/demo/target/demo-lib/*:$DEMO_JAR" io.ecocity.demo.TokenCommand mint --role admin \
  --role ingest:air --subject ecocity-footprint --hours 72 --key "$WORK/security/jwt-private.pem")"

port_of() {
  case "$1" in
    gateway) echo $((BASE + 80)) ;;
    air-service) echo $((BASE + 81)) ;;
    water-service) echo $((BASE + 82)) ;;
    waste-service) echo $((BASE + 83)) ;;
  esac
}

now_ms() { date +%s%3N; }
# CPU the process has used (user + system, all its threads), in ms: a start-up figure that other work on the
# machine inflates far less than the wall-clock time to ready.
cpu_ms() { awk -v tck="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / tck)}' "/proc/$1/stat" 2>/dev/null || echo 0; }
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The JVM options ./ecocity passes to every service (kept in step with start_service there).
ecocity_java_opts() {
  sed -n 's/^SERVICE_JVM_OPTS=(\(.*\))$/\1/p' "$ROOT/ecocity" | tr -d '"'
}

# ... and to the broker
ecocity_kafka_opts() {
  sed -n 's/^KAFKA_JVM_OPTS=(\(.*\))$/\1/p' "$ROOT/ecocity" | tr -d '"'
}

KAFKA_PID=""
declare -A PID=()
cleanup() {
  local p
  for p in "${PID[@]}" $KAFKA_PID; do
    [ -n "$p" ] && kill "$p" 2>/dev/null || true
  done
  for p in "${PID[@]}" $KAFKA_PID; do
    [ -n "$p" ] || continue
    for _ in $(seq 1 40); do kill -0 "$p" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$p" 2>/dev/null || true
  done
}
trap cleanup EXIT

start_kafka() {
  local dir="$WORK/kafka" cp="$ROOT/kafka-local/target/broker-lib/*"
  rm -rf "$dir"; mkdir -p "$dir/log"
  cat >"$dir/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:$((KAFKA_PORT + 1))
listeners=PLAINTEXT://localhost:$KAFKA_PORT,CONTROLLER://localhost:$((KAFKA_PORT + 1))
advertised.listeners=PLAINTEXT://localhost:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$dir/log
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
EOF
  java -cp "$cp" kafka.tools.StorageTool format --ignore-formatted -t "$(java -cp "$cp" kafka.tools.StorageTool random-uuid 2>/dev/null)" \
    -c "$dir/server.properties" >"$dir/format.log" 2>&1
  # shellcheck disable=SC2086 # the broker's options are a list
  MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" nohup java "-Xmx$KAFKA_HEAP" $(ecocity_kafka_opts) ${FOOTPRINT_KAFKA_OPTS:-} -cp "$cp" \
    kafka.Kafka "$dir/server.properties" >"$dir/kafka.log" 2>&1 &
  KAFKA_PID=$!
  for _ in $(seq 1 120); do port_open "$KAFKA_PORT" && return 0; sleep 0.5; done
  echo "footprint: the broker did not start, see $dir/kafka.log" >&2; exit 1
}

# start_service CONFIG-SETTINGS MODULE DATA-DIR LOG: starts it, waits for ready, sets MS to the milliseconds
start_service() {
  local settings="$1" module="$2" data="$3" log="$4" java=java env=() opts=() base=() token start
  read -r -a base <<<"-Xmx$SERVICE_HEAP -XX:+UseSerialGC $(ecocity_java_opts)"
  for token in $settings; do
    case "$token" in
      java=*) java="${token#java=}" ;;
      cds) opts+=("-XX:SharedArchiveFile=$ROOT/$module/target/quarkus-app/app-cds.jsa") ;;
      aot) opts+=("-XX:AOTCache=$ROOT/$module/target/quarkus-app/app.aot") ;;
      plain) base=("-Xmx$SERVICE_HEAP" -XX:+UseSerialGC) ;;
      -*) opts+=("$token") ;;
      *=*) env+=("$token") ;;
    esac
  done
  start=$(now_ms)
  env ${env[@]+"${env[@]}"} ECOCITY_DATA_DIR="$data" ECOCITY_KAFKA_BOOTSTRAP="localhost:$KAFKA_PORT" \
    ECOCITY_GATEWAY_PORT="$(port_of gateway)" ECOCITY_AIR_PORT="$(port_of air-service)" \
    ECOCITY_WATER_PORT="$(port_of water-service)" ECOCITY_WASTE_PORT="$(port_of waste-service)" \
    ECOCITY_AIR_URL="http://localhost:$(port_of air-service)" ECOCITY_WATER_URL="http://localhost:$(port_of water-service)" \
    ECOCITY_WASTE_URL="http://localhost:$(port_of waste-service)" \
    ECOCITY_JWT_PUBLIC_KEY_LOCATION="file:$PUBLIC_KEY" ECOCITY_JWT_ISSUER=ecocity-local \
    bash -c 'cd "$1" && shift && exec nohup "$@"' - "$ROOT/$module/target/quarkus-app" \
    "$java" "${base[@]}" ${opts[@]+"${opts[@]}"} -Dquarkus.profile=local -jar quarkus-run.jar >>"$log" 2>&1 &
  PID[$module]=$!
  local port; port="$(port_of "$module")"
  while true; do
    kill -0 "${PID[$module]}" 2>/dev/null || { echo "footprint: $module died, see $log" >&2; tail -n 20 "$log" >&2; exit 1; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/q/health/ready" 2>/dev/null || true)" = 200 ] && break
    [ $(( $(now_ms) - start )) -lt 120000 ] || { echo "footprint: $module not ready in 120 s, see $log" >&2; exit 1; }
    sleep 0.05
  done
  MS=$(( $(now_ms) - start ))
  CPU_MS="$(cpu_ms "${PID[$module]}")"
}

stop_service() {
  local module="$1" p="${PID[$1]:-}"
  [ -n "$p" ] || return 0
  kill "$p" 2>/dev/null || true
  for _ in $(seq 1 80); do kill -0 "$p" 2>/dev/null || break; sleep 0.25; done
  kill -9 "$p" 2>/dev/null || true
  unset "PID[$module]"
}

# 50 stations (10 of them assessed) and 4,000 station-hours in 4 batches of 1,000 (20 hours each).
post_load() {
  local air="http://localhost:$(port_of air-service)" prefix="$1" s code
  for s in $(seq 1 50); do
    code="$(curl -s -o /dev/null -w '%{http_code}' -X POST "$air/api/air/stations" -H 'Content-Type: application/json' \
      -H "Authorization: Bearer $TOKEN" \
      -d "{\"stationId\":\"$prefix-$s\",\"name\":\"Bench $prefix $s\",\"town\":\"$prefix-town-$((s % 5 + 1))\",\"latitude\":23.0$s,\"longitude\":113.6$s,\"kind\":\"$([ $((s % 5)) = 1 ] && echo NATIONAL || echo MICRO)\",\"assessed\":$([ $((s % 5)) = 1 ] && echo true || echo false)}")"
    [ "${code:0:1}" = 2 ] || { echo "footprint: registering a station answered $code" >&2; exit 1; }
  done
  local batch
  for batch in 0 1 2 3; do
    awk -v prefix="$prefix" -v batch="$batch" 'BEGIN {
      printf "["; n = 0
      for (h = batch * 20; h < batch * 20 + 20; h++) {
        day = 1 + int((h + 1) / 24); hour = (h + 1) % 24
        for (s = 1; s <= 50; s++) {
          w = (h * 7 + s * 13) % 40
          printf "%s{\"stationId\":\"%s-%d\",\"time\":\"2026-03-%02dT%02d:00:00+08:00\",\"so2\":%d,\"no2\":%d,\"pm10\":%d,\"pm25\":%d,\"co\":%d.%d,\"o3\":%d}", (n++ ? "," : ""), prefix, s, day, hour, 4 + w % 9, 15 + w, 30 + w * 2, 12 + w, w % 2, 3 + w % 7, 20 + ((h + s) % 24) * 6
        }
      }
      printf "]" }' >"$WORK/batch.json"
    code="$(curl -s -o "$WORK/batch.out" -w '%{http_code}' -X POST "$air/api/air/observations" -H 'Content-Type: application/json' \
      -H "Authorization: Bearer $TOKEN" --data-binary "@$WORK/batch.json")"
    [ "${code:0:1}" = 2 ] || { echo "footprint: posting observations answered $code: $(head -c 400 "$WORK/batch.out")" >&2; exit 1; }
  done
  sleep 10
  for _ in 1 2 3 4 5; do curl -s -o /dev/null "http://localhost:$(port_of gateway)/api/city/overview"; done
  curl -s -o /dev/null "$air/api/air/reports/hourly/city/latest"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

RAW="$WORK/raw-$STAMP.tsv"
: >"$RAW"
start_kafka
echo "broker up on $KAFKA_PORT (pid $KAFKA_PID)"
for run in $(seq 1 "$RUNS"); do
  for config in "${CONFIGS[@]}"; do
    name="${config%%=*}"; settings="${config#*=}"
    dir="$WORK/$name/run$run"; rm -rf "$dir"; mkdir -p "$dir"
    for module in "${SERVICES[@]}"; do
      start_service "$settings" "$module" "$dir/data" "$dir/$module.log"
      printf '%s\t%s\t%s\tfirst\t%s\n' "$name" "$run" "$module" "$MS" >>"$RAW"
      printf '%s\t%s\t%s\tcpu-first\t%s\n' "$name" "$run" "$module" "$CPU_MS" >>"$RAW"
    done
    post_load "R$run-$(printf '%s' "$name" | tr -c 'A-Za-z0-9' '-')"
    total=0
    for module in "${SERVICES[@]}"; do
      kb="$(rss_kb "${PID[$module]}")"; total=$((total + kb))
      printf '%s\t%s\t%s\trss\t%s\n' "$name" "$run" "$module" "$((kb / 1024))" >>"$RAW"
    done
    printf '%s\t%s\tkafka\trss\t%s\n' "$name" "$run" "$(( $(rss_kb "$KAFKA_PID") / 1024 ))" >>"$RAW"
    printf '%s\t%s\tsuite\trss\t%s\n' "$name" "$run" "$(( (total + $(rss_kb "$KAFKA_PID")) / 1024 ))" >>"$RAW"
    for module in gateway waste-service water-service air-service; do stop_service "$module"; done
    for module in "${SERVICES[@]}"; do
      start_service "$settings" "$module" "$dir/data" "$dir/$module.log"
      printf '%s\t%s\t%s\trestart\t%s\n' "$name" "$run" "$module" "$MS" >>"$RAW"
      printf '%s\t%s\t%s\tcpu-restart\t%s\n' "$name" "$run" "$module" "$CPU_MS" >>"$RAW"
    done
    for module in "${SERVICES[@]}"; do
      printf '%s\t%s\t%s\trss-restart\t%s\n' "$name" "$run" "$module" "$(( $(rss_kb "${PID[$module]}") / 1024 ))" >>"$RAW"
    done
    for module in gateway waste-service water-service air-service; do stop_service "$module"; done
    $KEEP || rm -rf "$dir/data"
    echo "run $run $name: $(awk -F'\t' -v n="$name" -v r="$run" '$1 == n && $2 == r {printf "%s %s %s; ", $3, $4, $5}' "$RAW")"
  done
done

OUT="$RESULTS/footprint-$STAMP.md"
{
  echo "# Footprint $STAMP"
  echo
  echo "\`bench/footprint.sh --runs $RUNS$(printf " '%s'" "${CONFIGS[@]}")\` on $(nproc) cores, $(java -version 2>&1 | head -1)."
  echo "Medians of $RUNS runs: ms from \`java -jar\` to ready (each service started alone), CPU ms used until ready, MB resident after the load."
  echo
  printf '| figure |'; for config in "${CONFIGS[@]}"; do printf ' %s |' "${config%%=*}"; done; echo
  printf '|---|'; for _ in "${CONFIGS[@]}"; do printf -- '---:|'; done; echo
  for metric in first restart cpu-first cpu-restart rss rss-restart; do
    for module in "${SERVICES[@]}" kafka suite; do
      grep -qP "\t$module\t$metric\t" "$RAW" || continue
      printf '| %s %s |' "$metric" "$module"
      for config in "${CONFIGS[@]}"; do
        printf ' %s |' "$(awk -F'\t' -v n="${config%%=*}" -v m="$module" -v k="$metric" '$1 == n && $3 == m && $4 == k {print $5}' "$RAW" | median)"
      done
      echo
    done
  done
  echo
  echo "Settings:"
  for config in "${CONFIGS[@]}"; do echo "- ${config%%=*}: \`${config#*=}\` (after \`-Xmx$SERVICE_HEAP -XX:+UseSerialGC $(ecocity_java_opts)\` unless plain)"; done
  echo
  echo "Every figure (config, run, process, figure, value):"
  echo
  echo '```'
  cat "$RAW"
  echo '```'
} >"$OUT"
sed -n '1,/^Every figure/p' "$OUT"
echo "written to $OUT"
