#!/usr/bin/env bash
# A short harness for profiling and before/after comparisons (not the benchmark: see run.sh).
# Switchboard pinned to SERVER_CPU, the mock and wrk to LOAD_CPU; each mode (JSON, SSE) is warmed for
# WARM seconds at c16, then measured for SECS seconds at c16 and c1. With AP=1 async-profiler samples
# the CPU every millisecond into 10 s collapsed-stack files (profile-<time>.collapsed, the time being
# the end of each window). APP picks the build, e.g. another worktree's backend/target/quarkus-app.
# AP_EVENT (default cpu; e.g. alloc) and AP_INTERVAL (default 1ms; e.g. 512k bytes for alloc) choose what it samples.
#   bench/profile.sh                       AP=1 bench/profile.sh
#   APP=../old/backend/target/quarkus-app OUT=/tmp/before bench/profile.sh
# CUSTOM=1 makes the same calls through a custom provider (customProviderId) pointing at the mock.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd); cd "$root"
APP=${APP:-backend/target/quarkus-app}; WARM=${WARM:-50}; SECS=${SECS:-10}; MODES=${MODES:-"json sse"}
SERVER_CPU=${SERVER_CPU:-0}; LOAD_CPU=${LOAD_CPU:-1}; PORT_BASE=${PORT_BASE:-18300}
OUT=${OUT:-$root/bench/target/profile-$(date +%Y%m%d-%H%M%S)}; mkdir -p "$OUT"
mock_port=$((PORT_BASE + 1)); sb_port=$((PORT_BASE + 2))
lib=backend/target/quarkus-app/lib/main
cp=$(ls "$lib"/io.vertx.vertx-core-*.jar "$lib"/io.netty.netty-*.jar "$lib"/com.fasterxml.jackson.core.jackson-core-*.jar \
  | grep -v -E 'macos|osx|windows|aarch|kqueue' | tr '\n' ':')bench/target/classes
if [ ! -f bench/target/classes/Mock.class ] || [ -n "$(find bench/src -newer bench/target/classes/Mock.class -name '*.java')" ]; then
  mkdir -p bench/target/classes && javac -nowarn -d bench/target/classes -cp "$cp" bench/src/*.java
fi

agent=""
if [ "${AP:-0}" = 1 ]; then
  version=4.1; jar=$HOME/.m2/repository/tools/profiler/async-profiler/$version/async-profiler-$version-linux-x64.jar
  [ -f "$jar" ] || ./mvnw -q -B -ntp dependency:get -Dartifact=tools.profiler:async-profiler:$version:jar:linux-x64
  mkdir -p "$OUT/ap" && (cd "$OUT/ap" && unzip -o -q "$jar")
  agent="-agentpath:$OUT/ap/linux-x64/libasyncProfiler.so=start,event=${AP_EVENT:-cpu},interval=${AP_INTERVAL:-1ms},loop=10s,collapsed,file=$OUT/profile-%t.collapsed"
fi

taskset -c "$LOAD_CPU" java -XX:+UseSerialGC -Xms128m -Xmx512m -cp "$cp" Mock "$mock_port" >"$OUT/mock.log" 2>&1 &
mock_pid=$!
data=$(mktemp -d /tmp/switchboard-profile.XXXXXX)
# shellcheck disable=SC2086
PORT=$sb_port QUARKUS_HTTP_HOST=127.0.0.1 SWITCHBOARD_DATA_DIR=$data OPENAI_API_KEY=bench-key \
  OPENAI_BASE_URL=http://127.0.0.1:$mock_port/v1 \
  taskset -c "$SERVER_CPU" java $agent ${SB_JAVA_OPTS:-} -jar "$APP/quarkus-run.jar" >"$OUT/switchboard.log" 2>&1 &
sb_pid=$!
trap 'kill $mock_pid $sb_pid 2>/dev/null; wait $sb_pid 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 600); do curl -sf -o /dev/null "http://127.0.0.1:$sb_port/q/health/ready" && break; sleep 0.1; done

echo '{"provider":"OPENAI","model":"bench-c5","messages":[{"role":"user","content":"hi"}]}' >"$OUT/body.json"
if [ "${CUSTOM:-0}" = 1 ]; then # the same calls through a custom provider pointing at the mock
  id=$(curl -sf -X POST -H 'Content-Type: application/json' "http://127.0.0.1:$sb_port/api/v1/custom-providers" \
    -d '{"name":"bench-custom","sdk":"openai","config":{"auth":{"type":"api_key","apiKey":"bench-key"},
         "baseUrl":"http://127.0.0.1:'"$mock_port"'/v1","apiType":"chat_completions"}}' | sed 's/.*"id":"\([^"]*\)".*/\1/')
  echo '{"customProviderId":"'"$id"'","model":"bench-c5","messages":[{"role":"user","content":"hi"}]}' >"$OUT/body.json"
fi
accept() { if [ "$1" = sse ]; then echo text/event-stream; else echo application/json; fi; }
run() { # mode concurrency seconds label
  WRK_BODY_FILE=$OUT/body.json WRK_HEADERS="Accept: $(accept "$1")" WRK_LABEL=$4 \
    taskset -c "$LOAD_CPU" wrk -t1 -c"$2" -d"$3"s -s bench/post.lua "http://127.0.0.1:$sb_port/api/v1/invocations" | grep '^{'
}
for m in $MODES; do run "$m" 16 "$WARM" "warm-$m" >/dev/null; done
for m in $MODES; do
  echo "$(date +%H:%M:%S) $m" >&2
  run "$m" 16 "$SECS" "$m-c16" | tee -a "$OUT/results.jsonl"
  run "$m" 1 "$SECS" "$m-c1" | tee -a "$OUT/results.jsonl"
done
echo "results: $OUT" >&2
