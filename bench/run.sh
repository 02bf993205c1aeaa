#!/usr/bin/env bash
# Switchboard benchmark: direct to a mock upstream vs a minimal pass-through proxy (the floor) vs Switchboard
# vs the Portkey gateway, alternating. One command; prints a Markdown table and keeps raw results in
# bench/target/results-<time>/.
#   bench/run.sh                 full run (about 14-15 minutes)
#   QUICK=1 bench/run.sh         smoke run (about 3 minutes)
# See bench/README.md for what is measured and every knob.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

quick=${QUICK:-0}
q() { if [ "$quick" = 1 ]; then echo "$2"; else echo "$1"; fi; }

ROUNDS=${ROUNDS:-$(q 3 1)}                    # alternating rounds; the table shows medians over rounds
WRK_SECONDS=${WRK_SECONDS:-$(q 5 2)}          # per wrk measurement
WARMUP_SECONDS=${WARMUP_SECONDS:-$(q 10 3)}   # per mode of direct and Portkey, before the first round
SB_WARMUP_SECONDS=${SB_WARMUP_SECONDS:-$(q 60 10)}       # Switchboard's warm-up in total (C2 needs about a minute on one core)
FLOOR_WARMUP_SECONDS=${FLOOR_WARMUP_SECONDS:-$(q 20 5)}  # the floor proxy's warm-up in total
CONCURRENCY=${CONCURRENCY:-"1 16 64"}
CHUNKS=${CHUNKS:-50}                          # streaming scenarios: content chunks per answer
PACE_MS=${PACE_MS:-10}                        # paced streaming: delay between chunks
BURST_N=${BURST_N:-$(q 100 40)}               # measured requests per target and round (burst)
PACED_N=${PACED_N:-$(q 10 5)}                 # measured requests per target and round (paced)
NONSTREAM_CHUNKS=${NONSTREAM_CHUNKS:-5}       # tokens in the non-streaming answer
STRESS_STREAMS=${STRESS_STREAMS:-$(q 2000 200)}
STRESS_SECONDS=${STRESS_SECONDS:-$(q 30 5)}   # how long each stress stream lasts
STRESS_PACE_MS=${STRESS_PACE_MS:-500}         # chunk interval in the stress streams (2,000 x 2/s = 4,000 chunks/s)
STRESS_RAMP_MS=${STRESS_RAMP_MS:-3000}        # streams are opened over this time
STARTUP_RUNS=${STARTUP_RUNS:-$(q 3 1)}
SERVER_CPU=${SERVER_CPU:-0}                   # floor, Switchboard and Portkey (one of them is under load at a time)
LOAD_CPU=${LOAD_CPU:-1}                       # wrk, the stream client and the mock
PORT_BASE=${PORT_BASE:-18200}
SCENARIOS=${SCENARIOS:-"startup nonstream stream stress"}
TARGETS=${TARGETS:-"direct floor switchboard portkey"}
SB_JAVA_OPTS=${SB_JAVA_OPTS:-}                # extra JVM options for Switchboard, e.g. -Xmx256m
PROFILE=${PROFILE:-0}                         # 1: JFR recording of Switchboard into the results directory
SB_KEY_IN_REQUEST=${SB_KEY_IN_REQUEST:-0}     # 1: send the key in the invocation (no stored-secret lookup)
BUILD=${BUILD:-auto}                          # auto: build when the jar is missing; 1: always; 0: never

mock_port=$((PORT_BASE + 1)); sb_port=$((PORT_BASE + 2)); pk_port=$((PORT_BASE + 3)); startup_port=$((PORT_BASE + 4))
floor_port=$((PORT_BASE + 5))
shared=${SHARED_DIR:-$(cd "$root/.." && pwd)/shared}
portkey_run=${PORTKEY_RUN:-$shared/peers/portkey/run.sh}
app=backend/target/quarkus-app
out=${OUT_DIR:-$root/bench/target/results-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$out"
log() { echo "== $(date +%H:%M:%S) $*" >&2; }
has() { case " $TARGETS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# ---------------------------------------------------------------- prerequisites
if [ "$BUILD" = 1 ] || { [ "$BUILD" = auto ] && [ ! -f "$app/quarkus-run.jar" ]; }; then
  log "building Switchboard (./mvnw -B -ntp package -DskipTests)"
  ./mvnw -B -ntp package -DskipTests >"$out/build.log" 2>&1 || { tail -40 "$out/build.log"; exit 1; }
fi
[ -f "$app/quarkus-run.jar" ] || { echo "no $app/quarkus-run.jar: build first" >&2; exit 1; }
if ! command -v wrk >/dev/null 2>&1; then
  log "installing wrk"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
fi
lib=$app/lib/main
cp=$(ls "$lib"/io.vertx.vertx-core-*.jar "$lib"/io.netty.netty-*.jar "$lib"/com.fasterxml.jackson.core.jackson-core-*.jar \
  | grep -v -E 'macos|osx|windows|aarch|kqueue' | tr '\n' ':')
classes=bench/target/classes
if [ ! -f "$classes/Mock.class" ] || [ ! -f "$classes/Proxy.class" ] || [ -n "$(find bench/src -newer "$classes/Mock.class" -name '*.java')" ] \
   || [ "$app/quarkus-run.jar" -nt "$classes/Mock.class" ]; then
  log "compiling bench/src"
  mkdir -p "$classes"
  javac -nowarn -d "$classes" -cp "$cp" bench/src/*.java
fi
cp="$cp$classes"

# ---------------------------------------------------------------- processes
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  [ -n "${data:-}" ] && [ "${KEEP_DATA:-0}" != 1 ] && rm -rf "$data"
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_http() { # url seconds
  local i
  for ((i = 0; i < $2 * 10; i++)); do
    curl -sf -o /dev/null "$1" && return 0
    sleep 0.1
  done
  echo "timed out waiting for $1" >&2; return 1
}

log "mock upstream on 127.0.0.1:$mock_port (cpu $LOAD_CPU)"
taskset -c "$LOAD_CPU" java -XX:+UseSerialGC -Xms128m -Xmx512m -cp "$cp" Mock "$mock_port" \
  >"$out/mock.log" 2>&1 &
mock_pid=$!; pids+=("$mock_pid")
wait_http "http://127.0.0.1:$mock_port/" 30

floor_pid=""
if has floor; then
  # Default JVM options, like Switchboard: on one core the JVM picks the same Serial GC and single C2 thread.
  log "floor proxy on 127.0.0.1:$floor_port (cpu $SERVER_CPU)"
  taskset -c "$SERVER_CPU" java -cp "$cp" Proxy "$floor_port" "$mock_port" >"$out/floor.log" 2>&1 &
  floor_pid=$!; pids+=("$floor_pid")
  wait_http "http://127.0.0.1:$floor_port/" 30
fi

data=$(mktemp -d /tmp/switchboard-bench.XXXXXX)
jfr_opts=""
[ "$PROFILE" = 1 ] && jfr_opts="-XX:StartFlightRecording=filename=$out/switchboard.jfr,settings=profile,dumponexit=true"
log "Switchboard on 127.0.0.1:$sb_port (cpu $SERVER_CPU, data $data)"
# shellcheck disable=SC2086
PORT=$sb_port QUARKUS_HTTP_HOST=127.0.0.1 SWITCHBOARD_DATA_DIR=$data \
  OPENAI_BASE_URL=http://127.0.0.1:$mock_port/v1 OPENAI_API_KEY=bench-key \
  taskset -c "$SERVER_CPU" java $jfr_opts $SB_JAVA_OPTS -jar "$app/quarkus-run.jar" >"$out/switchboard.log" 2>&1 &
sb_pid=$!; pids+=("$sb_pid")
wait_http "http://127.0.0.1:$sb_port/q/health/ready" 180

pk_pid=""
if has portkey; then
  [ -x "$portkey_run" ] || { echo "Portkey peer not found at $portkey_run (set PORTKEY_RUN or TARGETS)" >&2; exit 1; }
  log "Portkey on 127.0.0.1:$pk_port (cpu $SERVER_CPU)"
  taskset -c "$SERVER_CPU" "$portkey_run" "$pk_port" >"$out/portkey.log" 2>&1 &
  pk_pid=$!; pids+=("$pk_pid")
  wait_http "http://127.0.0.1:$pk_port/" 300
fi

# ---------------------------------------------------------------- request bodies and targets
b=$out/bodies; mkdir -p "$b"
msg='"messages":[{"role":"user","content":"hi"}]'
# Switchboard takes the key from OPENAI_API_KEY (after looking for a stored secret), or with
# SB_KEY_IN_REQUEST=1 from the request itself, which skips the stored-secret lookup.
sbmsg=$msg
[ "$SB_KEY_IN_REQUEST" = 1 ] && sbmsg="$msg,\"credentials\":{\"OPENAI_API_KEY\":\"bench-key\"}"
echo "{\"model\":\"bench-c$NONSTREAM_CHUNKS\",$msg}" >"$b/plain.json"
echo "{\"model\":\"bench-c$NONSTREAM_CHUNKS\",\"stream\":true,$msg}" >"$b/plain-sse.json"
echo "{\"provider\":\"OPENAI\",\"model\":\"bench-c$NONSTREAM_CHUNKS\",$sbmsg}" >"$b/sb-plain.json"
echo "{\"model\":\"bench-c$CHUNKS\",\"stream\":true,$msg}" >"$b/burst.json"
echo "{\"provider\":\"OPENAI\",\"model\":\"bench-c$CHUNKS\",$sbmsg}" >"$b/sb-burst.json"
echo "{\"model\":\"bench-c$CHUNKS-d$PACE_MS\",\"stream\":true,$msg}" >"$b/paced.json"
echo "{\"provider\":\"OPENAI\",\"model\":\"bench-c$CHUNKS-d$PACE_MS\",$sbmsg}" >"$b/sb-paced.json"
stress_chunks=$((STRESS_SECONDS * 1000 / STRESS_PACE_MS))
echo "{\"model\":\"bench-c$stress_chunks-d$STRESS_PACE_MS\",\"stream\":true,$msg}" >"$b/stress.json"
echo "{\"provider\":\"OPENAI\",\"model\":\"bench-c$stress_chunks-d$STRESS_PACE_MS\",$sbmsg}" >"$b/sb-stress.json"

mock_url=http://127.0.0.1:$mock_port/v1/chat/completions
floor_url=http://127.0.0.1:$floor_port/v1/chat/completions
sb_url=http://127.0.0.1:$sb_port/api/v1/invocations
pk_url=http://127.0.0.1:$pk_port/v1/chat/completions
pk_headers="Authorization: Bearer bench-key|x-portkey-provider: openai|x-portkey-custom-host: http://127.0.0.1:$mock_port/v1"

# name -> "url|body file (suffix)|headers|pid of the server under test"
# The body suffix picks the file: plain → plain.json / sb-plain.json etc.
declare -A T_URL T_BODY T_HEADERS T_PID
T_URL[direct]=$mock_url;        T_BODY[direct]=plain;         T_HEADERS[direct]="";                              T_PID[direct]=$mock_pid
T_URL[direct-sse]=$mock_url;    T_BODY[direct-sse]=plain-sse; T_HEADERS[direct-sse]="";                          T_PID[direct-sse]=$mock_pid
T_URL[floor]=$floor_url;        T_BODY[floor]=plain;          T_HEADERS[floor]="";                               T_PID[floor]=$floor_pid
T_URL[floor-sse]=$floor_url;    T_BODY[floor-sse]=plain-sse;  T_HEADERS[floor-sse]="";                           T_PID[floor-sse]=$floor_pid
T_URL[sb-json]=$sb_url;         T_BODY[sb-json]=sb-plain;     T_HEADERS[sb-json]="Accept: application/json";     T_PID[sb-json]=$sb_pid
T_URL[sb-sse]=$sb_url;          T_BODY[sb-sse]=sb-plain;      T_HEADERS[sb-sse]="Accept: text/event-stream";     T_PID[sb-sse]=$sb_pid
T_URL[portkey]=$pk_url;         T_BODY[portkey]=plain;        T_HEADERS[portkey]=$pk_headers;                    T_PID[portkey]=$pk_pid
T_URL[portkey-sse]=$pk_url;     T_BODY[portkey-sse]=plain-sse; T_HEADERS[portkey-sse]=$pk_headers;               T_PID[portkey-sse]=$pk_pid

plain_targets=()
has direct && plain_targets+=(direct direct-sse)
has floor && plain_targets+=(floor floor-sse)
has switchboard && plain_targets+=(sb-json sb-sse)
has portkey && plain_targets+=(portkey portkey-sse)
stream_targets=()
has direct && stream_targets+=(direct-sse)
has floor && stream_targets+=(floor-sse)
has switchboard && stream_targets+=(sb-sse)
has portkey && stream_targets+=(portkey-sse)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
clk=$(getconf CLK_TCK)

# wrk one target: label round concurrency seconds → JSON line on results.jsonl (with CPU use of server and mock).
# Round 0 is warm-up: nothing is recorded or printed.
run_wrk() {
  local t=$1 round=$2 c=$3 secs=$4
  local pid=${T_PID[$t]} s0 m0 s1 m1 line
  s0=$(cpu_ticks "$pid"); m0=$(cpu_ticks "$mock_pid")
  line=$(WRK_BODY_FILE="$b/${T_BODY[$t]}.json" WRK_HEADERS="${T_HEADERS[$t]}" WRK_LABEL="$t" \
    taskset -c "$LOAD_CPU" wrk -t1 -c"$c" -d"${secs}s" --timeout 10s -s bench/post.lua "${T_URL[$t]}" | tail -1)
  s1=$(cpu_ticks "$pid"); m1=$(cpu_ticks "$mock_pid")
  if [ "$round" != 0 ]; then
    echo "$line" | sed "s/}\$/,\"scenario\":\"nonstream\",\"round\":$round,\"c\":$c,\"serverCpu\":$(( (s1 - s0) * 100 / clk / secs )),\"mockCpu\":$(( (m1 - m0) * 100 / clk / secs ))}/" \
      >>"$out/results.jsonl"
    echo "   $line" >&2
  fi
}

# the stream client: mode target round extra-args... (round 0: warm-up, not recorded)
run_client() {
  local mode=$1 t=$2 round=$3; shift 3
  local body=${T_BODY[$t]} hdr=() line
  IFS='|' read -r -a hs <<<"${T_HEADERS[$t]}"
  for h in "${hs[@]}"; do [ -n "$h" ] && hdr+=("header=$h"); done
  line=$(taskset -c "$LOAD_CPU" java -XX:+UseSerialGC -Xmx1g -cp "$cp" StreamBench "$mode" url="${T_URL[$t]}" \
    "${hdr[@]}" "$@" label="$t" 2>>"$out/client.log")
  [ "$round" = 0 ] && return 0
  echo "${line%\}},\"scenario\":\"$SCENARIO\",\"round\":$round}" >>"$out/results.jsonl"
  echo "   $line" >&2
}

# ---------------------------------------------------------------- scenarios
echo "{\"scenario\":\"meta\",\"quick\":$quick,\"sbKeyInRequest\":$SB_KEY_IN_REQUEST,\"sbJavaOpts\":\"$SB_JAVA_OPTS\",\"rounds\":$ROUNDS,\"wrkSeconds\":$WRK_SECONDS,\"sbWarmupSeconds\":$SB_WARMUP_SECONDS,\"floorWarmupSeconds\":$FLOOR_WARMUP_SECONDS,\"chunks\":$CHUNKS,\"paceMs\":$PACE_MS,\"stressStreams\":$STRESS_STREAMS,\"stressSeconds\":$STRESS_SECONDS,\"stressPaceMs\":$STRESS_PACE_MS,\"nonstreamChunks\":$NONSTREAM_CHUNKS}" >>"$out/results.jsonl"

scenario() { case " $SCENARIOS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

if scenario startup && has switchboard; then
  # Start-up to ready without the embedded database: a second Switchboard on the first one's (already
  # running, already migrated) embedded PostgreSQL via DB_URL, pinned like the server under test.
  pg_url=$(grep -o 'embedded PostgreSQL at postgresql://[^,]*' "$out/switchboard.log" | head -1 | sed 's/.* at //')
  log "start-up to ready ($STARTUP_RUNS runs, DB_URL=$pg_url)"
  for ((i = 1; i <= STARTUP_RUNS; i++)); do
    t0=$(date +%s%N)
    # shellcheck disable=SC2086
    PORT=$startup_port QUARKUS_HTTP_HOST=127.0.0.1 DB_URL=$pg_url SWITCHBOARD_SECRET="$(cat "$data/secret")" \
      SWITCHBOARD_DATA_DIR=$data/startup OPENAI_API_KEY=bench-key \
      taskset -c "$SERVER_CPU" java $SB_JAVA_OPTS -jar "$app/quarkus-run.jar" >"$out/startup-$i.log" 2>&1 &
    spid=$!
    ready=0
    for ((k = 0; k < 6000; k++)); do
      if curl -sf "http://127.0.0.1:$startup_port/q/health/ready" 2>/dev/null | grep -q '"UP"'; then ready=1; break; fi
      kill -0 "$spid" 2>/dev/null || break
      sleep 0.01
    done
    t1=$(date +%s%N)
    kill "$spid" 2>/dev/null || true; wait "$spid" 2>/dev/null || true
    quarkus=$(grep -o 'started in [0-9.]*s' "$out/startup-$i.log" | grep -o '[0-9.]*' | head -1)
    line="{\"scenario\":\"startup\",\"round\":$i,\"ready\":$ready,\"readyMs\":$(( (t1 - t0) / 1000000 )),\"quarkusStartedS\":${quarkus:-null}}"
    echo "$line" >>"$out/results.jsonl"; echo "   $line" >&2
  done
fi

# Warm-up before the first measured round, not recorded. Pinned to one core, a JVM compiles with a single C2
# thread that keeps a good part of the core busy for a minute or more of load: measured earlier, Switchboard
# would be measured half-compiled. So each JVM server under test gets a mix of what is measured: wrk on its
# JSON and SSE modes at every concurrency (c16 alone leaves recompilations for the c1 round), then burst
# streams; every wrk cell and the streams get an equal share of the given seconds (at least 1 s each).
warm_up_mix() { # json-target sse-target burst-body seconds
  local cs=($CONCURRENCY) cell rest c
  cell=$(( $4 / (2 * ${#cs[@]} + 1) )); (( cell >= 1 )) || cell=1
  rest=$(( $4 - 2 * ${#cs[@]} * cell )); (( rest >= 1 )) || rest=1
  for c in "${cs[@]}"; do run_wrk "$1" 0 "$c" "$cell"; run_wrk "$2" 0 "$c" "$cell"; done
  SCENARIO=burst run_client stream "$2" 0 body="$b/$3.json" n=0 warmup=0 warmupSeconds="$rest" chunks="$CHUNKS"
}
if scenario nonstream || scenario stream; then
  if scenario stream; then
    # wrk warms the mock's burst answers only; its paced path (a timer per chunk) would otherwise be compiled
    # during the first paced round (cold, it added ~0.1 ms to the direct paced TTFE): 200 paced streams at
    # once, first, so that the mock's compiler (on the load core) is done before anything is measured.
    log "warm-up: the mock's paced streams"
    SCENARIO=paced run_client stress direct-sse 0 body="$b/paced.json" streams=200 ramp=1000 chunks="$CHUNKS"
  fi
  # Switchboard first: whatever its compiler still has queued drains while the others warm up.
  if has switchboard; then
    log "warm-up: Switchboard ${SB_WARMUP_SECONDS}s (wrk JSON and SSE, burst streams)"
    warm_up_mix sb-json sb-sse sb-burst "$SB_WARMUP_SECONDS"
  fi
  if has floor; then
    log "warm-up: floor ${FLOOR_WARMUP_SECONDS}s (wrk stream:false and stream:true, burst streams)"
    warm_up_mix floor floor-sse burst "$FLOOR_WARMUP_SECONDS"
  fi
  log "warm-up: ${WARMUP_SECONDS}s of wrk at c16 per mode of the other targets"
  for t in "${plain_targets[@]}"; do
    case $t in sb-* | floor*) ;; *) run_wrk "$t" 0 16 "$WARMUP_SECONDS" ;; esac
  done
fi

if scenario nonstream; then
  for ((r = 1; r <= ROUNDS; r++)); do
    for c in $CONCURRENCY; do
      log "non-streaming round $r/$ROUNDS, concurrency $c"
      for t in "${plain_targets[@]}"; do run_wrk "$t" "$r" "$c" "$WRK_SECONDS"; done
    done
  done
fi

if scenario stream; then
  for ((r = 1; r <= ROUNDS; r++)); do
    log "streaming round $r/$ROUNDS: $CHUNKS chunks burst, then paced ${PACE_MS} ms"
    for t in "${stream_targets[@]}"; do
      if [ "$t" = sb-sse ]; then bb=sb-burst; bp=sb-paced; else bb=burst; bp=paced; fi
      SCENARIO=burst run_client stream "$t" "$r" body="$b/$bb.json" n="$BURST_N" warmup=$(( BURST_N / 2 )) chunks="$CHUNKS"
      SCENARIO=paced run_client stream "$t" "$r" body="$b/$bp.json" n="$PACED_N" warmup=3 chunks="$CHUNKS"
    done
  done
fi

if scenario stress; then
  for t in "${stream_targets[@]}"; do
    case $t in
      floor-sse) continue ;; # the floor is a latency reference; left out to keep the run short
      sb-sse) body=sb-stress; probe=http://127.0.0.1:$sb_port/q/health/live; pid=$sb_pid ;;
      portkey-sse) body=stress; probe=http://127.0.0.1:$pk_port/; pid=$pk_pid ;;
      *) body=stress; probe=http://127.0.0.1:$mock_port/; pid=$mock_pid ;;
    esac
    log "stress: $STRESS_STREAMS concurrent streams for ${STRESS_SECONDS}s via $t"
    SCENARIO=stress run_client stress "$t" 1 body="$b/$body.json" streams="$STRESS_STREAMS" ramp="$STRESS_RAMP_MS" \
      chunks="$stress_chunks" pid="$pid" probe="$probe" timeout=$(( STRESS_SECONDS * 1000 + 60000 ))
    sleep 2
  done
fi

# ---------------------------------------------------------------- report
node bench/report.mjs "$out/results.jsonl" | tee "$out/table.md"
echo
echo "raw results: $out" >&2
