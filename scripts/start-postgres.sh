#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server from Debian's packages on 127.0.0.1 and prints its connection URL.
# Used by .ci/run (and by hand) so the store suite runs against a real server. Stop it with:
#   pg_ctl -D "$(dirname "$URL_FILE")/data" stop   (the data dir is printed on stderr)
set -euo pipefail

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "start-postgres: no PostgreSQL server installed (apt-get install postgresql)" >&2
  exit 1
fi
port="${LAGEBILD_PG_PORT:-55432}"
# the next free port, so a second server (another checkout, a stale run) does not collide
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
dir="$(mktemp -d /tmp/lagebild-pg.XXXXXX)"

# initdb refuses to run as root: run the server as an unprivileged user
run=()
if [ "$(id -u)" = "0" ]; then
  user="postgres"
  id "$user" >/dev/null 2>&1 || useradd --system --no-create-home "$user"
  chown "$user" "$dir"
  run=(runuser -u "$user" --)
else
  user="$(id -un)"
fi

"${run[@]}" "$bin/initdb" -D "$dir/data" -U lagebild --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
"${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
"$bin/createdb" -h 127.0.0.1 -p "$port" -U lagebild lagebild_test
echo "start-postgres: server in $dir/data (stop: ${run[*]} $bin/pg_ctl -D $dir/data stop)" >&2
echo "postgres://lagebild@127.0.0.1:$port/lagebild_test"
