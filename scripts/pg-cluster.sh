#!/usr/bin/env bash
# Private PostgreSQL cluster for development and tests.
#
#   scripts/pg-cluster.sh start  <dir> <port> [--fast]   initdb if needed, start, wait until ready (idempotent)
#   scripts/pg-cluster.sh stop   <dir>                   fast shutdown (no error when not running)
#   scripts/pg-cluster.sh status <dir>                   exit 0 running, 3 stopped, 4 not initialised
#   scripts/pg-cluster.sh bindir                         print the PostgreSQL bin folder (installs it as root if missing)
#
# <dir> is the data directory itself (PG_VERSION lives in it). The server listens on 127.0.0.1:<port> and on a
# unix socket in <dir>/run; logs go to <dir>/log. Trust authentication, superuser "postgres": local use only.
# --fast (throwaway test clusters only): fsync=off, full_page_writes=off, synchronous_commit=off, wal_level=minimal.
# As root the cluster is owned by and run as the "postgres" system user; otherwise as the current user.
# PG_BINDIR overrides the discovery of the PostgreSQL binaries; PG_CLUSTER_NO_INSTALL=1 fails instead of installing.
set -euo pipefail

PG_PACKAGES="postgresql-15 postgresql-contrib-15"
CONF_NAME="huzhou-cluster.conf"

die() { echo "pg-cluster: $*" >&2; exit 1; }
say() { echo "pg-cluster: $*" >&2; }
is_root() { [ "$(id -u)" = 0 ]; }

find_bindir() {
  if [ -n "${PG_BINDIR:-}" ] && [ -x "$PG_BINDIR/initdb" ]; then echo "$PG_BINDIR"; return 0; fi
  local d best=""
  # Highest installed major version wins (sort -V on the version folder).
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && best="$d"
  done
  if [ -z "$best" ] && command -v pg_config >/dev/null 2>&1; then
    d="$(pg_config --bindir 2>/dev/null || true)"
    [ -n "$d" ] && [ -x "$d/initdb" ] && best="$d"
  fi
  if [ -z "$best" ] && command -v initdb >/dev/null 2>&1; then best="$(dirname "$(command -v initdb)")"; fi
  [ -n "$best" ] && echo "$best"
}

ensure_bindir() {
  local b
  if b="$(find_bindir)"; then echo "$b"; return 0; fi
  if [ -z "${PG_CLUSTER_NO_INSTALL:-}" ] && is_root && command -v apt-get >/dev/null 2>&1; then
    say "PostgreSQL server binaries not found: installing $PG_PACKAGES with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    # shellcheck disable=SC2086
    apt-get install -y -qq $PG_PACKAGES >&2
    b="$(find_bindir)" || die "still no initdb after installing $PG_PACKAGES"
    echo "$b"; return 0
  fi
  die "PostgreSQL server binaries (initdb, pg_ctl) not found. Install them: sudo apt-get install $PG_PACKAGES (or set PG_BINDIR)"
}

# Run a command as the cluster owner: "postgres" when we are root, else ourselves.
as_pg() {
  if is_root; then
    if command -v runuser >/dev/null 2>&1; then
      (cd / && runuser -u postgres -- "$@")
    else
      (cd / && su postgres -s /bin/sh -c "$(printf '%q ' "$@")")
    fi
  else
    "$@"
  fi
}

ensure_postgres_user() {
  is_root || return 0
  id postgres >/dev/null 2>&1 && return 0
  say "creating system user postgres"
  useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash postgres
}

# As root: every ancestor of $1 must be traversable by postgres, and $1 owned by it.
prepare_dir_for_postgres() {
  local dir="$1" p
  is_root || return 0
  p="$(dirname "$dir")"
  while :; do
    if ! runuser -u postgres -- test -x "$p" 2>/dev/null; then
      say "chmod o+x $p (so the postgres user can reach $dir)"
      chmod o+x "$p"
    fi
    [ "$p" = / ] && break
    p="$(dirname "$p")"
  done
  if [ "$(stat -c %U "$dir")" != postgres ]; then chown -R postgres:postgres "$dir"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Field n of postmaster.pid (1 pid, 4 port, 5 socket dir).
pidfile_field() { sed -n "${2}p" "$1/postmaster.pid" 2>/dev/null || true; }

is_running() { [ -f "$1/PG_VERSION" ] && as_pg "$BINDIR/pg_ctl" -D "$1" status >/dev/null 2>&1; }

write_conf() {
  local dir="$1" port="$2" fast="$3" tmp
  tmp="$(mktemp)"
  cat >"$tmp" <<CONF
# Managed by scripts/pg-cluster.sh: rewritten at every start. For local overrides use ALTER SYSTEM
# (postgresql.auto.conf is read after this file).
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir/run'
max_connections = 200
shared_buffers = 2GB
effective_cache_size = 12GB
work_mem = 64MB
maintenance_work_mem = 1GB
max_wal_size = 8GB
min_wal_size = 1GB
checkpoint_timeout = 30min
checkpoint_completion_target = 0.9
random_page_cost = 1.1
effective_io_concurrency = 200
max_locks_per_transaction = 256
logging_collector = on
log_directory = 'log'
log_filename = 'postgresql-%a.log'
log_rotation_age = 1d
log_rotation_size = 0
log_truncate_on_rotation = on
log_line_prefix = '%m [%p] %q%u@%d '
log_min_duration_statement = 2000
CONF
  if [ "$fast" = 1 ]; then
    cat >>"$tmp" <<'CONF'
# --fast: throwaway test cluster. Data is NOT crash-safe.
fsync = off
full_page_writes = off
synchronous_commit = off
wal_level = minimal
max_wal_senders = 0
jit = off
CONF
  else
    echo "synchronous_commit = on" >>"$tmp"
  fi
  chmod 644 "$tmp"
  as_pg cp "$tmp" "$dir/$CONF_NAME"
  rm -f "$tmp"
  if ! grep -q "^include_if_exists = '$CONF_NAME'" "$dir/postgresql.conf"; then
    as_pg sh -c "printf '\n%s\n' \"include_if_exists = '$CONF_NAME'\" >> '$dir/postgresql.conf'"
  fi
}

cmd_start() {
  local dir="${1:-}" port="${2:-}" fast=0 arg
  [ -n "$dir" ] && [ -n "$port" ] || die "usage: $0 start <dir> <port> [--fast]"
  shift 2
  for arg in "$@"; do
    case "$arg" in
      --fast) fast=1 ;;
      *) die "unknown option: $arg" ;;
    esac
  done
  [[ "$port" =~ ^[0-9]+$ ]] || die "port must be a number: $port"
  ensure_postgres_user
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd -P)"
  if [ $(( ${#dir} + 20 )) -gt 107 ]; then
    die "data dir path too long for a unix socket in $dir/run (max ~87 chars): $dir"
  fi

  if is_running "$dir"; then
    local running_port; running_port="$(pidfile_field "$dir" 4)"
    if [ "$running_port" != "$port" ]; then
      die "cluster $dir is already running on port $running_port (asked for $port); stop it first"
    fi
    say "already running: $dir on 127.0.0.1:$port"
    return 0
  fi

  prepare_dir_for_postgres "$dir"
  if [ ! -f "$dir/PG_VERSION" ]; then
    if [ -n "$(ls -A "$dir")" ]; then die "$dir is not empty and holds no cluster (no PG_VERSION)"; fi
    say "initdb $dir"
    as_pg "$BINDIR/initdb" -D "$dir" --encoding=UTF8 --locale=C.UTF-8 -U postgres --auth=trust >"/tmp/pg-cluster-initdb.$$.log" 2>&1 \
      || { cat "/tmp/pg-cluster-initdb.$$.log" >&2; rm -f "/tmp/pg-cluster-initdb.$$.log"; die "initdb failed"; }
    rm -f "/tmp/pg-cluster-initdb.$$.log"
  fi
  as_pg mkdir -p "$dir/run" "$dir/log"
  as_pg chmod 755 "$dir/run"
  write_conf "$dir" "$port" "$fast"

  if port_in_use "$port"; then die "port $port on 127.0.0.1 is already in use by another process"; fi

  say "starting $dir on 127.0.0.1:$port$([ $fast = 1 ] && echo ' (--fast)')"
  if ! as_pg "$BINDIR/pg_ctl" -D "$dir" -l "$dir/log/startup.log" -w -t 120 start >/dev/null; then
    echo "---- $dir/log/startup.log" >&2; tail -n 30 "$dir/log/startup.log" >&2 || true
    local latest; latest="$(ls -t "$dir"/log/postgresql-*.log 2>/dev/null | head -n 1 || true)"
    if [ -n "$latest" ]; then echo "---- $latest" >&2; tail -n 30 "$latest" >&2 || true; fi
    die "server did not start"
  fi
  local i
  for i in $(seq 1 120); do
    if "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$port" -t 1; then
      say "ready: host=127.0.0.1 port=$port user=postgres (socket dir $dir/run, logs $dir/log)"
      return 0
    fi
    sleep 0.5
  done
  die "server started but pg_isready does not answer on 127.0.0.1:$port"
}

cmd_stop() {
  local dir="${1:-}"
  [ -n "$dir" ] || die "usage: $0 stop <dir>"
  if [ ! -d "$dir" ] || [ ! -f "$dir/PG_VERSION" ]; then say "no cluster in $dir"; return 0; fi
  dir="$(cd "$dir" && pwd -P)"
  if ! is_running "$dir"; then say "not running: $dir"; return 0; fi
  as_pg "$BINDIR/pg_ctl" -D "$dir" -m fast -w -t 120 stop >/dev/null
  say "stopped: $dir"
}

cmd_status() {
  local dir="${1:-}"
  [ -n "$dir" ] || die "usage: $0 status <dir>"
  if [ ! -f "$dir/PG_VERSION" ]; then echo "not initialised: $dir"; return 4; fi
  dir="$(cd "$dir" && pwd -P)"
  if is_running "$dir"; then
    echo "running: $dir pid=$(pidfile_field "$dir" 1) host=127.0.0.1 port=$(pidfile_field "$dir" 4) socket=$(pidfile_field "$dir" 5) version=$(cat "$dir/PG_VERSION")"
    return 0
  fi
  echo "stopped: $dir"
  return 3
}

sub="${1:-help}"; shift || true
case "$sub" in
  start)  BINDIR="$(ensure_bindir)"; cmd_start "$@" ;;
  stop)   BINDIR="$(ensure_bindir)"; cmd_stop "$@" ;;
  status) BINDIR="$(ensure_bindir)"; cmd_status "$@" ;;
  bindir) ensure_bindir ;;
  help|-h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) die "unknown subcommand: $sub (start|stop|status|bindir)" ;;
esac
