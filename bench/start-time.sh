#!/usr/bin/env bash
# Start time of the production jar until /login answers 200 (issues 8 and 17), side by side with
# spring-petclinic's jar until / answers 200, started alternately so both see the same machine load.
#
# Usage, from the project root after ./mvnw -B -DskipTests package (add -Pfast-start to time the
# fast start too, see docs/fast-start.md):
#   bench/start-time.sh [--petclinic JAR] [--runs N] [--data DIR] [--port PORT]
#   bench/start-time.sh DIR              (the old form: our jar only, on DIR)
# --petclinic  spring-petclinic's jar, built from its public source outside this repository
#              (docs/benchmarks.md says how); without it only Answerable is timed.
# --runs       starts of each jar (default 5); medians are printed, and the ratio to petclinic.
# --data       Answerable's data directory for every start, e.g. the 100,000-request one the scale
#              benchmark leaves. Without it every start gets a fresh empty directory: a first start,
#              with migrations, the first admin, the authority directory and the bank holidays.
# --port       first of the two ports used (default: a free one).
# Timed: from just before `java -jar` until the page answers 200 (polled every 50 ms). Each app is
# stopped before the next starts. Prints the load average before and after: other work on the
# machine slows both apps, which is why they alternate and the medians are compared.
set -u
cd "$(dirname "$0")/.."

runs=5 data="" petclinic="" port=""
while [ $# -gt 0 ]; do
  case $1 in
    --petclinic) petclinic=$(realpath "$2"); shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --data) data=$(realpath "$2"); shift 2 ;;
    --port) port=$2; shift 2 ;;
    -*) sed -n '2,20p' "$0"; exit 2 ;;
    *) data=$(realpath "$1"); shift ;;
  esac
done

jar=$(ls target/answerable-*.jar 2>/dev/null | grep -v -- '-plain\|sources\|javadoc' | head -1)
[ -n "$jar" ] || { echo "no jar under target/: run ./mvnw -B -DskipTests package first"; exit 1; }
jar=$(realpath "$jar")
fast_jar=$([ -f target/fast-start/answerable.jar ] && realpath target/fast-start/answerable.jar)
fast_cache=$PWD/target/fast-start/answerable.aot

# The JDK the build uses (./mvnw picks the newest under /usr/lib/jvm); the AOT cache only fits it.
java=${JAVA:-}
if [ -z "$java" ]; then
  best=0
  for j in /usr/lib/jvm/*; do
    v=$("$j/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
    [ "${v:-0}" -ge 21 ] && [ "$v" -gt $best ] && { java=$j/bin/java; best=$v; }
  done
fi
[ -n "$java" ] || { echo "no JDK 21+ found under /usr/lib/jvm (or set JAVA=/path/to/java)"; exit 1; }

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
port=${port:-$(free_port)}
log=$(mktemp /tmp/answerable-start-log.XXXXXX)

# time_start NAME URL CMD... : prints the milliseconds until URL answered 200, or FAILED
time_start() {
  local name=$1 url=$2; shift 2
  local t0 t1 pid code ok=0
  echo "== $name: $*" >>"$log"
  t0=$(date +%s%N)
  "$@" >>"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 2400); do
    code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$url")
    if [ "$code" = 200 ]; then ok=1; break; fi
    kill -0 $pid 2>/dev/null || break
    sleep 0.05
  done
  t1=$(date +%s%N)
  kill $pid 2>/dev/null; wait $pid 2>/dev/null
  if [ $ok = 1 ]; then echo $(( (t1 - t0) / 1000000 )); else echo FAILED; fi
}

answerable() { # answerable CMD...: one start of ours on the chosen or a fresh data directory
  local dir=$data
  [ -n "$dir" ] || dir=$(mktemp -d /tmp/answerable-start.XXXXXX)
  ANSWERABLE_DATA_DIR=$dir PORT=$port ANSWERABLE_ADMIN_PASSWORD=start-time-admin-pass \
    time_start answerable "http://127.0.0.1:$port/login" "$@"
  [ -n "$data" ] || rm -rf "$dir"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

echo "java: $("$java" -version 2>&1 | head -1); cores: $(nproc); data: ${data:-a fresh empty directory per start}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A times
for i in $(seq 1 "$runs"); do
  line="run $i:"
  if [ -n "$petclinic" ]; then
    t=$(SERVER_PORT=$port time_start petclinic "http://127.0.0.1:$port/" "$java" -jar "$petclinic")
    times[petclinic]+="$t "; line+=" petclinic ${t} ms;"
  fi
  t=$(answerable "$java" -jar "$jar")
  times[plain]+="$t "; line+=" answerable ${t} ms;"
  if [ -n "$fast_jar" ] && [ -f "$fast_cache" ]; then
    t=$(answerable "$java" -XX:AOTCache="$fast_cache" -jar "$fast_jar")
    times[fast]+="$t "; line+=" answerable fast start ${t} ms;"
  fi
  echo "$line"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -q FAILED <<<"${times[*]}" && echo "some starts FAILED: see $log"

med() { tr ' ' '\n' <<<"${times[$1]:-}" | grep -E '^[0-9]+$' | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a+0 > 0 && b+0 > 0) printf "%.2f", a / b; else print "-" }'; }
p=$(med petclinic)
for v in plain fast; do
  [ -n "${times[$v]:-}" ] || continue
  m=$(med $v)
  name=$([ $v = fast ] && echo "answerable, fast start" || echo "answerable, java -jar")
  if [ -n "$petclinic" ]; then
    echo "median $name: $m ms; petclinic: $p ms; ratio $(ratio "$m" "$p")"
  else
    echo "median $name: $m ms"
  fi
done
echo "log: $log"
