#!/usr/bin/env bash
# The logger-gateway benchmark: a broker and logger-gateway (as ./ecocity run starts them: embedded H2, the same heap
# and GC) on their own ports and data folder, then K simulated data loggers on one selector thread sending hourly
# packets (2061) as fast as the 9014s allow. For each K: connections held, packets/s acknowledged (median of the
# runs), the receiver's VmRSS, and a thread dump and per-thread CPU of the receiver in the middle of the runs.
#
#   bench/loggers.sh [--connections 1000,5000] [--seconds 20] [--runs 3] [--window 16] [--base-port 19300]
#
# Goals: >= 5,000 connected loggers, >= 10,000 packets/s decoded and published, receiver resident memory <= 300 MB.
# Ports: Kafka base+80 (controller base+81), logger-gateway HTTP base+84, HJ 212 base+85. Results and logs go to
# bench/target/loggers-<time>/ (summary.txt).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
connections=1000,5000 seconds=20 runs=3 window=16 base=19300
while [ $# -gt 0 ]; do
  case "$1" in
    --connections) connections="$2"; shift ;;
    --seconds) seconds="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --window) window="$2"; shift ;;
    --base-port) base="$2"; shift ;;
    --help|-h) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "loggers.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
# one descriptor per connection on both sides, and the receiver's own
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
[ "$(ulimit -n)" -ge 12000 ] 2>/dev/null || echo "loggers.sh: ulimit -n is $(ulimit -n); 5,000 connections need more" >&2

kafka_port=$((base + 80)) controller_port=$((base + 81)) http_port=$((base + 84)) tcp_port=$((base + 85))
work="$ROOT/bench/target/loggers-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$work/kafka/log" "$work/logs"

jar="$ROOT/logger-gateway/target/quarkus-app/quarkus-run.jar"
if [ ! -f "$jar" ] || [ ! -d "$ROOT/kafka-local/target/broker-lib" ] || [ ! -d "$ROOT/bench/target/bench-lib" ] \
    || [ -n "$(find "$ROOT/bench/src" "$ROOT/demo/src/main" -newer "$ROOT/bench/target/bench-lib" -print -quit)" ]; then
  echo "Building logger-gateway, the broker's classpath and the benchmark ..."
  (cd "$ROOT" && mvn -B -q -DskipTests -Dquarkus.profile=local package -pl logger-gateway,kafka-local,bench -am)
  touch "$ROOT/bench/target/bench-lib"
fi

# as ./ecocity run: a token key pair of the run's own, the receiver verifies with one half, the load signs with the other
bench_cp="$ROOT/bench/target/bench-lib/*:$ROOT/bench/target/bench-1.0.0-SNAPSHOT.jar"
public_key="$(java -cp "$bench_cp" io.ecocity.demo.TokenCommand keys "$work/security")"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

cp_broker="$ROOT/kafka-local/target/broker-lib/*"
cat >"$work/kafka/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:$controller_port
listeners=PLAINTEXT://localhost:$kafka_port,CONTROLLER://localhost:$controller_port
advertised.listeners=PLAINTEXT://localhost:$kafka_port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$work/kafka/log
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
PROPS
java -cp "$cp_broker" kafka.tools.StorageTool format --ignore-formatted \
  -t "$(java -cp "$cp_broker" kafka.tools.StorageTool random-uuid)" -c "$work/kafka/server.properties" >"$work/logs/kafka.log" 2>&1
java "-Xmx${ECOCITY_KAFKA_HEAP:-512m}" -Xms128m -cp "$cp_broker" kafka.Kafka "$work/kafka/server.properties" >>"$work/logs/kafka.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do (exec 3<>"/dev/tcp/127.0.0.1/$kafka_port") 2>/dev/null && break; sleep 0.5; done

summary="$work/summary.txt"
echo "bench/loggers.sh --connections $connections --seconds $seconds --runs $runs --window $window ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))" >"$summary"
for k in ${connections//,/ }; do
  data="$work/data-$k"
  mkdir -p "$data"
  # as ./ecocity run starts a service
  # shellcheck disable=SC2086
  ECOCITY_DATA_DIR="$data" ECOCITY_LOGGER_PORT=$http_port ECOCITY_LOGGER_TCP_PORT=$tcp_port \
    ECOCITY_KAFKA_BOOTSTRAP="localhost:$kafka_port" \
    ECOCITY_JWT_PUBLIC_KEY_LOCATION="file:$public_key" ECOCITY_JWT_ISSUER=ecocity-local \
    java "-Xmx${ECOCITY_SERVICE_HEAP:-256m}" -XX:+UseSerialGC ${ECOCITY_JAVA_OPTS:-} -Dquarkus.profile=local \
    -jar "$jar" >"$work/logs/logger-gateway-$k.log" 2>&1 &
  gw=$!
  pids+=($gw)
  for _ in $(seq 1 180); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http_port/q/health/ready")" = 200 ] && break
    kill -0 "$gw" 2>/dev/null || { tail -n 30 "$work/logs/logger-gateway-$k.log"; exit 1; }
    sleep 0.5
  done
  echo "== $k connections (receiver pid $gw, idle VmRSS $(awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$gw/status))"
  java -Xmx512m -cp "$bench_cp" io.ecocity.bench.LoggerLoad \
    --http "http://127.0.0.1:$http_port" --tcp "127.0.0.1:$tcp_port" --pid "$gw" --connections "$k" \
    --seconds "$seconds" --runs "$runs" --window "$window" --key "$work/security/jwt-private.pem" | tee "$work/load-$k.txt" &
  load=$!
  # in the middle of the measured runs (after registration and the warm-up): where the receiver's time goes
  ( while ! grep -q '^.* warm-up' "$work/load-$k.txt" 2>/dev/null; do sleep 1; kill -0 $load 2>/dev/null || exit 0; done
    sleep $((seconds / 2))
    jcmd "$gw" Thread.print >"$work/threads-$k.txt" 2>&1 || true
    top -H -b -n 1 -d 2 -p "$gw" | head -n 30 >"$work/top-$k.txt" 2>&1 || true ) &
  wait $load
  grep '^RESULT' "$work/load-$k.txt" >>"$summary" || echo "RESULT connections=$k FAILED (see $work/load-$k.txt)" >>"$summary"
  curl -s "http://127.0.0.1:$http_port/q/metrics" | grep -E '^ecocity_logger_(packets_rejected|acks_sent|connections)' \
    >"$work/metrics-$k.txt" || true
  kill "$gw"; wait "$gw" 2>/dev/null || true
done
echo
cat "$summary"
echo "(details, thread dumps and per-thread CPU in $work)"
