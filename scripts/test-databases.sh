#!/usr/bin/env bash
# Starts throwaway PostgreSQL and MariaDB servers on loopback for the integration tests,
# and prints the environment the tests read. Usage: test-databases.sh start|stop|env
# The fault tests run their own pair (FERRY_DB_ROOT, FERRY_PG_PORT, FERRY_MY_PORT, FERRY_DB_DURABLE=1 so a
# crash keeps every commit) and restart them with: pg-crash-restart | pg-stop | pg-start | my-crash | my-start
set -euo pipefail

ROOT=${FERRY_DB_ROOT:-/tmp/ferry-test-db}
PG_PORT=${FERRY_PG_PORT:-55432}
MY_PORT=${FERRY_MY_PORT:-53306}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
# Speed for the shared test servers; a durable pair keeps each commit through a crash.
if [ "${FERRY_DB_DURABLE:-0}" = 1 ]; then
  PG_SPEED=""
  MY_FLUSH=1
else
  PG_SPEED="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  MY_FLUSH=0
fi

print_env() {
  cat <<ENV
export FERRY_TEST_PG="Driver={PostgreSQL Unicode};Server=127.0.0.1;Port=${PG_PORT};Database=ferry_test;Uid=ferry;Pwd=ferry"
export FERRY_TEST_MARIADB="Driver={MariaDB Unicode};Server=127.0.0.1;Port=${MY_PORT};Database=ferry_test;Uid=ferry;Pwd=ferry"
export FERRY_TEST_PG_PORT=${PG_PORT}
export FERRY_TEST_MY_PORT=${MY_PORT}
ENV
}

start_pg() {
  local dir=$ROOT/pg
  if [ ! -f "$dir/PG_VERSION" ]; then
    mkdir -p "$dir" && chown -R postgres:postgres "$ROOT/pg"
    su postgres -s /bin/sh -c "$PG_BIN/initdb -D $dir -U postgres -E UTF8 --locale=C.UTF-8 -A trust" >"$ROOT/pg-init.log" 2>&1
  fi
  if ! su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D $dir status" >/dev/null 2>&1; then
    su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D $dir -l $ROOT/pg/server.log -w -o '-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 $PG_SPEED' start" >/dev/null
  fi
  local psql="psql -h 127.0.0.1 -p $PG_PORT -U postgres -v ON_ERROR_STOP=1 -qAt"
  if [ "$($psql -c "select 1 from pg_roles where rolname='ferry'")" != 1 ]; then
    $psql -c "create role ferry login superuser password 'ferry'"
  fi
  if [ "$($psql -c "select 1 from pg_database where datname='ferry_test'")" != 1 ]; then
    $psql -c "create database ferry_test owner ferry"
  fi
}

start_mariadb() {
  local dir=$ROOT/mariadb
  if [ ! -d "$dir/mysql" ]; then
    mkdir -p "$dir"
    mariadb-install-db --no-defaults --user=root --datadir="$dir" --auth-root-authentication-method=normal >"$ROOT/my-init.log" 2>&1
  fi
  if ! mariadb-admin --no-defaults -uroot --socket="$ROOT/my.sock" ping >/dev/null 2>&1; then
    (mariadbd --no-defaults --user=root --datadir="$dir" --port="$MY_PORT" --bind-address=127.0.0.1 \
      --socket="$ROOT/my.sock" --pid-file="$ROOT/my.pid" --character-set-server=utf8mb4 \
      --collation-server=utf8mb4_unicode_ci --innodb-flush-log-at-trx-commit=$MY_FLUSH \
      --log-error="$ROOT/mariadb.log" >/dev/null 2>&1 &)
    for _ in $(seq 1 60); do
      mariadb-admin --no-defaults -uroot --socket="$ROOT/my.sock" ping >/dev/null 2>&1 && break
      sleep 0.5
    done
  fi
  mariadb --no-defaults -uroot --socket="$ROOT/my.sock" -e "
    CREATE DATABASE IF NOT EXISTS ferry_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'ferry'@'127.0.0.1' IDENTIFIED BY 'ferry';
    CREATE USER IF NOT EXISTS 'ferry'@'localhost' IDENTIFIED BY 'ferry';
    GRANT ALL ON *.* TO 'ferry'@'127.0.0.1' WITH GRANT OPTION;
    GRANT ALL ON *.* TO 'ferry'@'localhost' WITH GRANT OPTION;"
}

stop_all() {
  [ -d "$ROOT/pg" ] && su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D $ROOT/pg -m fast stop" >/dev/null 2>&1 || true
  [ -f "$ROOT/my.pid" ] && kill "$(cat "$ROOT/my.pid")" 2>/dev/null || true
}

pg_ctl() {
  su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D $ROOT/pg $*" >/dev/null
}

case "${1:-start}" in
  start) mkdir -p "$ROOT"; chmod 755 "$ROOT"; start_pg; start_mariadb; print_env ;;
  stop) stop_all ;;
  pg-crash-restart) pg_ctl "-m immediate -w -l $ROOT/pg/server.log restart" ;;
  pg-stop) pg_ctl "-m fast -w stop" ;;
  pg-start) start_pg ;;
  my-crash) kill -9 "$(cat "$ROOT/my.pid")"; for _ in $(seq 1 50); do kill -0 "$(cat "$ROOT/my.pid")" 2>/dev/null || break; sleep 0.1; done ;;
  my-start) start_mariadb ;;
  env) print_env ;;
  *) echo "usage: $0 start|stop|env|pg-crash-restart|pg-stop|pg-start|my-crash|my-start" >&2; exit 2 ;;
esac
