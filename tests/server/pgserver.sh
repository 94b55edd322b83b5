#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests (issue 11 §3): made in a temporary folder, listening on 127.0.0.1 and
# a Unix socket in that folder only, with TLS (a self-signed certificate) and SCRAM passwords; stopped and removed
# by `stop`. As root it runs as the `postgres` user (PostgreSQL refuses to run as root).
#   pgserver.sh start DIR PORT   → prints the administrator's address: postgresql://cdadmin:PASSWORD@127.0.0.1:PORT/
#   pgserver.sh stop DIR
# PG_TLS_ONLY=1 makes the server refuse connections over 127.0.0.1 without TLS. Each connection is logged in
# DIR/server.log with its TLS protocol ("connection authorized: … SSL enabled (protocol=…").
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?folder}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (.ci/deps.sh installs postgresql-15)" >&2; exit 2; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
start)
  port=${3:?port}
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  pw=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  echo "$pw" > "$dir/pw.txt"
  chmod 644 "$dir/pw.txt"
  as_owner "$bin/initdb" -D "$dir/data" -U cdadmin --pwfile="$dir/pw.txt" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 2; }
  as_owner openssl req -new -x509 -days 2 -nodes -subj "/CN=127.0.0.1" -keyout "$dir/data/server.key" -out "$dir/data/server.crt" >/dev/null 2>&1
  as_owner chmod 600 "$dir/data/server.key"
  cat >> "$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
ssl = on
fsync = off
max_connections = 60
log_connections = on
CONF
  if [ "${PG_TLS_ONLY:-}" = 1 ]; then
    # Writing into the existing file keeps its owner.
    cat > "$dir/data/pg_hba.conf" <<HBA
local     all all              scram-sha-256
hostssl   all all 127.0.0.1/32 scram-sha-256
hostnossl all all 127.0.0.1/32 reject
HBA
  fi
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null || { cat "$dir/server.log" >&2; exit 2; }
  echo "postgresql://cdadmin:$pw@127.0.0.1:$port/"
  ;;
stop)
  [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  ;;
esac
