#!/usr/bin/env bash
# Measures the production jar's start time until /login answers 200, as issue 8 asks.
# Usage (from the project root, after ./mvnw -DskipTests package):
#   bench/start-time.sh [DATA_DIR]
# Without DATA_DIR it starts on a fresh empty data directory. With the directory the scale
# benchmark prints at the end ("Data directory (kept for bench/start-time.sh): ..."), it starts on
# the 100,000 generated requests and 1,000,000 answers. Starts twice and prints both times; stops
# the app it started.
set -u
jar=$(ls target/answerable-*.jar 2>/dev/null | grep -v -- '-plain\|sources\|javadoc' | head -1)
[ -n "$jar" ] || { echo "no jar under target/: run ./mvnw -DskipTests package first"; exit 1; }
jar=$(realpath "$jar")
java=java
for j in /usr/lib/jvm/*; do # the default java may be older than the 21 the jar needs
  v=$("$j/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
  [ "${v:-0}" -ge 21 ] && { java=$j/bin/java; break; }
done
data=${1:-$(mktemp -d /tmp/answerable-start.XXXXXX)}
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
log=$(mktemp /tmp/answerable-start-log.XXXXXX)
for attempt in 1 2; do
  t0=$(date +%s%N)
  ANSWERABLE_DATA_DIR=$data SERVER_PORT=$port ANSWERABLE_ADMIN_PASSWORD=start-time-admin-pass \
    "$java" -jar "$jar" >>"$log" 2>&1 &
  pid=$!
  ok=0
  for _ in $(seq 1 1200); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login")
    if [ "$code" = 200 ]; then ok=1; break; fi
    kill -0 $pid 2>/dev/null || break
    sleep 0.1
  done
  t1=$(date +%s%N)
  if [ $ok = 1 ]; then
    echo "start $attempt: /login answered 200 after $(( (t1 - t0) / 1000000 )) ms (data: $data)"
  else
    echo "start $attempt: FAILED, see $log"; tail -20 "$log"
  fi
  kill $pid; wait $pid 2>/dev/null
done
