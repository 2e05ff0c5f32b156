#!/usr/bin/env bash
# Starts a throwaway Redis server from Debian's redis-server on 127.0.0.1 and prints its URL, for the queue tests
# (.ci/run) and by hand. Nothing is saved to disk. Stop it with: redis-cli -p PORT shutdown nosave
set -euo pipefail

if ! command -v redis-server >/dev/null 2>&1; then
  echo "start-redis: no Redis server installed (apt-get install redis-server)" >&2
  exit 1
fi
port="${LAGEBILD_REDIS_PORT:-56379}"
# the next free port, so a second server (another checkout, a stale run) does not collide
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
dir="$(mktemp -d /tmp/lagebild-redis.XXXXXX)"

redis-server --bind 127.0.0.1 --port "$port" --dir "$dir" --save '' --appendonly no \
  --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
for _ in $(seq 1 50); do
  if redis-cli -p "$port" ping >/dev/null 2>&1; then
    echo "start-redis: server on port $port, log $dir/redis.log (stop: redis-cli -p $port shutdown nosave)" >&2
    echo "redis://127.0.0.1:$port"
    exit 0
  fi
  sleep 0.1
done
echo "start-redis: the server did not answer; see $dir/redis.log" >&2
exit 1
