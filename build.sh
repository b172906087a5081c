#!/usr/bin/env bash
# Huzhou.Credit developer entry point. Run ./build.sh help for usage.
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd -P)"
cd "$ROOT"

SOLUTION="Huzhou.Credit.sln"
WEB_DIR="src/Huzhou.Credit.Web"
WEB_PROJECT="$WEB_DIR/Huzhou.Credit.Web.csproj"
WEB_DLL="$WEB_DIR/bin/Release/net10.0/Huzhou.Credit.Web.dll"
DATA_DIR="$ROOT/.data"
PG_DIR="$DATA_DIR/pg"
PG_PORT="${CREDIT_PG_PORT:-55432}"
DB_NAME="huzhou_credit"
WEB_PORT="${CREDIT_WEB_PORT:-5080}"
APP_URL="http://127.0.0.1:$WEB_PORT"
WEB_PID_FILE="$DATA_DIR/web.pid"
WEB_LOG_FILE="$DATA_DIR/web.out"
SEED_OUTPUT="$DATA_DIR/seed-output.txt"
TEST_RESULTS="$ROOT/artifacts/test-results"
PG_PACKAGES=(postgresql-15 postgresql-contrib-15)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

log() { printf '[%s] %s\n' "$(date '+%Y-%m-%d %H:%M:%S')" "$*" >&2; }
die() { printf '[%s] ERROR: %s\n' "$(date '+%Y-%m-%d %H:%M:%S')" "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" = 0 ]; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

usage() {
  cat <<EOF
Usage: ./build.sh <command> [options]

  run [--scale none|demo|full|N] [--background]
            Install what is missing (PostgreSQL, npm packages, CJK fonts), start the private PostgreSQL
            cluster (.data/pg, 127.0.0.1:$PG_PORT) unless ConnectionStrings__Credit is set, build (Release),
            migrate, seed (default scale: the app's default, i.e. demo), print the demo accounts and serve on
            $APP_URL in the foreground (Ctrl-C stops it). --background: serve in the background
            (pid in .data/web.pid, output in .data/web.out); ./build.sh stop ends it.
  stop      Stop a background server started by 'run --background' and the private cluster.
  migrate   Cluster + build, then apply all migrations.
  seed [--scale none|demo|full|N]
            Cluster + build + migrate, then seed (idempotent).
  test      Build the solution (Release) and run every test against a real PostgreSQL:
            CREDIT_TEST_CONNECTION if set, else Testcontainers when 'docker info' answers,
            else a throwaway --fast cluster in a temporary folder (removed on exit).
  help      This text.

Environment: ConnectionStrings__Credit (the app's role), ConnectionStrings__CreditOwner (migrate/seed), CREDIT_TEST_CONNECTION, CREDIT_CHROMIUM, ASPNETCORE_ENVIRONMENT
(default Development for run/migrate/seed), CREDIT_PG_PORT (default 55432), CREDIT_WEB_PORT (default 5080).
See docs/operations.md.
EOF
}

# ---------------------------------------------------------------- prerequisites

pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
pg_cluster() { bash "$ROOT/scripts/pg-cluster.sh" "$@"; }
have_pg_binaries() { PG_CLUSTER_NO_INSTALL=1 pg_cluster bindir >/dev/null 2>&1; }
have_cjk_fonts() {
  # The credit report PDF embeds Droid Sans Fallback (Chinese) and DejaVu Sans (Latin): PDFsharp cannot embed Noto CJK.
  { pkg_installed fonts-droid-fallback && pkg_installed fonts-dejavu-core; } || return 1
  pkg_installed fonts-noto-cjk && return 0
  command -v fc-list >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'
}
chromium_path() { echo "${CREDIT_CHROMIUM:-/usr/bin/chromium}"; }

APT_UPDATED=0
apt_install() {
  is_root || die "need to install: $* (run as root, or: sudo apt-get install $*)"
  command -v apt-get >/dev/null 2>&1 || die "need to install: $* (no apt-get on this machine)"
  export DEBIAN_FRONTEND=noninteractive
  local alog; alog="$(mktemp)"
  if [ "$APT_UPDATED" = 0 ]; then
    log "apt-get update"
    apt-get update -qq >"$alog" 2>&1 || { tail -n 40 "$alog" >&2; rm -f "$alog"; die "apt-get update failed"; }
    APT_UPDATED=1
  fi
  log "apt-get install $*"
  apt-get install -y -qq "$@" >"$alog" 2>&1 || { tail -n 40 "$alog" >&2; rm -f "$alog"; die "apt-get install $* failed"; }
  rm -f "$alog"
  log "installed: $*"
}

# ensure_prereqs <pg:0|1> <chromium:0|1> <fonts: required|optional>
ensure_prereqs() {
  local need_pg="$1" need_chromium="$2" fonts="$3" missing=()
  if [ "$need_pg" = 1 ] && ! have_pg_binaries; then missing+=("${PG_PACKAGES[@]}"); fi
  if [ "$need_chromium" = 1 ] && [ ! -x "$(chromium_path)" ]; then
    [ -n "${CREDIT_CHROMIUM:-}" ] && die "CREDIT_CHROMIUM=$CREDIT_CHROMIUM is not an executable"
    missing+=(chromium)
  fi
  if ! have_cjk_fonts; then
    if [ "$fonts" = required ] || is_root; then
      missing+=(fonts-noto-cjk fonts-droid-fallback fonts-dejavu-core)
    else
      log "warning: CJK fonts (fonts-noto-cjk fonts-droid-fallback fonts-dejavu-core) are missing: Chinese text in screenshots/PDFs will not render (sudo apt-get install fonts-noto-cjk fonts-droid-fallback fonts-dejavu-core)"
    fi
  fi
  if [ "${#missing[@]}" -gt 0 ]; then
    is_root || die "missing packages: ${missing[*]}. Install them first: sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    apt_install "${missing[@]}"
  fi
  if [ "$need_pg" = 1 ]; then have_pg_binaries || die "PostgreSQL binaries still missing after install"; fi
  if [ "$need_chromium" = 1 ]; then [ -x "$(chromium_path)" ] || die "Chromium still missing at $(chromium_path)"; fi
}

ensure_npm_packages() {
  local dir="$ROOT/$WEB_DIR" ref
  if [ ! -f "$dir/package.json" ]; then log "no $WEB_DIR/package.json: skipping npm"; return 0; fi
  if ! command -v npm >/dev/null 2>&1; then
    if is_root; then apt_install nodejs npm; else die "npm not found: install Node.js 20 and npm"; fi
  fi
  ref="$dir/package.json"
  [ -f "$dir/package-lock.json" ] && ref="$dir/package-lock.json"
  if [ -d "$dir/node_modules" ] && [ ! "$ref" -nt "$dir/node_modules" ] && [ -d "$dir/wwwroot/lib" ]; then
    return 0
  fi
  if [ -f "$dir/package-lock.json" ]; then
    log "npm ci ($WEB_DIR)"
    (cd "$dir" && npm ci --no-audit --no-fund)
  else
    log "npm install ($WEB_DIR, no package-lock.json)"
    (cd "$dir" && npm install --no-audit --no-fund)
  fi
  touch "$dir/node_modules"
}

# ---------------------------------------------------------------- database

pg_bindir() { pg_cluster bindir; }

APP_ROLE="credit_app"

# Starts the private cluster (unless ConnectionStrings__Credit is set) and exports the two connection strings of
# docs/adr/0013: ConnectionStrings__CreditOwner (the cluster's superuser postgres, which owns the schemas: migrate and
# seed) and ConnectionStrings__Credit (the role credit_app, created by 'migrate', which only reads and writes rows).
ensure_database() {
  if [ -n "${ConnectionStrings__Credit:-}" ]; then
    log "using ConnectionStrings__Credit from the environment (no private cluster)"
    [ -n "${ConnectionStrings__CreditOwner:-}" ] \
      || log "warning: ConnectionStrings__CreditOwner is not set: migrations run as the application's role (one-role setup, see docs/adr/0013-database-roles.md)"
    return 0
  fi
  pg_cluster start "$PG_DIR" "$PG_PORT"
  local psql; psql="$(pg_bindir)/psql"
  local q=("$psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres)
  if [ "$("${q[@]}" -tAc "select 1 from pg_database where datname = '$DB_NAME'")" != 1 ]; then
    log "creating database $DB_NAME"
    "${q[@]}" -c "create database $DB_NAME"
  fi
  export ConnectionStrings__CreditOwner="Host=127.0.0.1;Port=$PG_PORT;Database=$DB_NAME;Username=postgres"
  export ConnectionStrings__Credit="Host=127.0.0.1;Port=$PG_PORT;Database=$DB_NAME;Username=$APP_ROLE"
}

masked_connection() { printf '%s' "${ConnectionStrings__Credit:-}" | sed -E 's/(Password|Pwd)=[^;]*/\1=***/Ig'; }

# ---------------------------------------------------------------- app

app_env() {
  export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
  # Content root = the project folder (appsettings*.json, wwwroot), as with 'dotnet run'; cwd stays the repo
  # root, so relative paths such as logs/ land in the repo root.
  export ASPNETCORE_CONTENTROOT="${ASPNETCORE_CONTENTROOT:-$ROOT/$WEB_DIR}"
}

build_web() {
  log "dotnet build -c Release $WEB_PROJECT"
  dotnet build -c Release "$WEB_PROJECT" -nologo -tl:off -v:minimal
}

app() { dotnet "$ROOT/$WEB_DLL" "$@"; }

prepare_app() { # shared by run/migrate/seed
  ensure_prereqs "$([ -n "${ConnectionStrings__Credit:-}" ] && echo 0 || echo 1)" 0 optional
  ensure_npm_packages
  ensure_database
  build_web
  app_env
}

parse_scale() { # sets SCALE_ARGS and BACKGROUND from "$@"
  SCALE_ARGS=(); BACKGROUND=0
  while [ $# -gt 0 ]; do
    case "$1" in
      --scale) [ $# -ge 2 ] || die "--scale needs a value (none|demo|full|<number of subjects>)"; SCALE_ARGS=(--scale "$2"); shift 2 ;;
      --scale=*) SCALE_ARGS=(--scale "${1#--scale=}"); shift ;;
      --background|-d) BACKGROUND=1; shift ;;
      *) die "unknown option: $1" ;;
    esac
  done
}

web_running() { [ -f "$WEB_PID_FILE" ] && kill -0 "$(cat "$WEB_PID_FILE")" 2>/dev/null; }

cmd_run() {
  parse_scale "$@"
  if web_running; then die "a background server is already running (pid $(cat "$WEB_PID_FILE")): ./build.sh stop"; fi
  port_in_use "$WEB_PORT" && die "port $WEB_PORT is already in use on 127.0.0.1 (another server running?)"
  prepare_app
  mkdir -p "$DATA_DIR"
  log "migrate"
  app migrate
  log "seed ${SCALE_ARGS[*]:-}"
  app seed "${SCALE_ARGS[@]}" | tee "$SEED_OUTPUT"
  port_in_use "$WEB_PORT" && die "port $WEB_PORT is already in use on 127.0.0.1"

  local line="=============================================================================="
  {
    echo; echo "$line"
    echo "  Huzhou.Credit  ->  $APP_URL"
    echo "  environment: $ASPNETCORE_ENVIRONMENT"
    echo "  database:    $(masked_connection)"
    [ -f "$PG_DIR/PG_VERSION" ] && [ "${ConnectionStrings__Credit}" = "Host=127.0.0.1;Port=$PG_PORT;Database=$DB_NAME;Username=$APP_ROLE" ] \
      && echo "               private cluster $PG_DIR (psql -h 127.0.0.1 -p $PG_PORT -U postgres $DB_NAME); the app runs as role $APP_ROLE, migrate/seed as postgres"
    echo "  demo accounts (output of the seed command):"
    sed 's/^/    /' "$SEED_OUTPUT"
    if [ "$BACKGROUND" = 1 ]; then
      echo "  serving in the background; stop with: ./build.sh stop"
    else
      echo "  Ctrl-C stops the server; ./build.sh stop stops the database cluster"
    fi
    echo "$line"; echo
  } >&2

  if [ "$BACKGROUND" = 1 ]; then
    nohup dotnet "$ROOT/$WEB_DLL" --urls "$APP_URL" >"$WEB_LOG_FILE" 2>&1 </dev/null &
    echo $! >"$WEB_PID_FILE"
    local i
    for i in $(seq 1 120); do
      if port_in_use "$WEB_PORT"; then log "server up: $APP_URL (pid $(cat "$WEB_PID_FILE"), output $WEB_LOG_FILE)"; return 0; fi
      web_running || { tail -n 40 "$WEB_LOG_FILE" >&2; rm -f "$WEB_PID_FILE"; die "server exited during start-up"; }
      sleep 0.5
    done
    die "server did not open port $WEB_PORT within 60 s (see $WEB_LOG_FILE)"
  fi
  exec dotnet "$ROOT/$WEB_DLL" --urls "$APP_URL"
}

cmd_stop() {
  if [ -f "$WEB_PID_FILE" ]; then
    local pid; pid="$(cat "$WEB_PID_FILE")"
    if kill -0 "$pid" 2>/dev/null; then
      log "stopping background server (pid $pid)"
      kill "$pid"
      local i
      for i in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -0 "$pid" 2>/dev/null && { log "server did not stop: kill -9 $pid"; kill -9 "$pid"; }
    fi
    rm -f "$WEB_PID_FILE"
  fi
  if [ -f "$PG_DIR/PG_VERSION" ]; then
    pg_cluster stop "$PG_DIR"
  else
    log "no private cluster in $PG_DIR"
  fi
}

cmd_migrate() {
  [ $# -eq 0 ] || die "migrate takes no options"
  prepare_app
  log "migrate"
  app migrate
}

cmd_seed() {
  parse_scale "$@"
  [ "$BACKGROUND" = 0 ] || die "seed has no --background"
  prepare_app
  log "migrate"
  app migrate
  log "seed ${SCALE_ARGS[*]:-}"
  app seed "${SCALE_ARGS[@]}"
}

# ---------------------------------------------------------------- test

TEST_PG_TMP=""
cleanup_test_cluster() {
  [ -n "$TEST_PG_TMP" ] || return 0
  pg_cluster stop "$TEST_PG_TMP/pg" >/dev/null 2>&1 || true
  rm -rf "$TEST_PG_TMP"
  log "throwaway cluster stopped and removed"
  TEST_PG_TMP=""
}

start_throwaway_cluster() {
  TEST_PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/huzhou-credit-test.XXXXXX")"
  trap cleanup_test_cluster EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  local port=55500 attempt
  for attempt in 1 2 3 4 5; do
    while port_in_use "$port"; do port=$((port + 1)); done
    if pg_cluster start "$TEST_PG_TMP/pg" "$port" --fast; then
      export CREDIT_TEST_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Include Error Detail=true"
      log "throwaway cluster: $TEST_PG_TMP/pg on 127.0.0.1:$port"
      return 0
    fi
    port_in_use "$port" || die "could not start the throwaway cluster"
    port=$((port + 1))   # lost a race for the port: try the next one
  done
  die "could not find a free port for the throwaway cluster"
}

cmd_test() {
  [ $# -eq 0 ] || die "test takes no options"
  local started=$SECONDS db_mode
  if [ -n "${CREDIT_TEST_CONNECTION:-}" ]; then
    db_mode=env
  elif command -v docker >/dev/null 2>&1 && timeout 20 docker info >/dev/null 2>&1; then
    db_mode=docker
  else
    db_mode=local
  fi

  ensure_prereqs "$([ "$db_mode" = local ] && echo 1 || echo 0)" 1 required
  export CREDIT_CHROMIUM="$(chromium_path)"
  ensure_npm_packages

  log "dotnet build -c Release $SOLUTION"
  dotnet build -c Release "$SOLUTION" -nologo -tl:off -v:minimal

  case "$db_mode" in
    env)    log "database: CREDIT_TEST_CONNECTION from the environment" ;;
    docker) log "database: Testcontainers (a Docker engine answers)"; unset CREDIT_TEST_CONNECTION ;;
    local)  log "database: no Docker engine, starting a throwaway cluster"; start_throwaway_cluster ;;
  esac

  mkdir -p "$TEST_RESULTS"
  local out="$TEST_RESULTS/dotnet-test.log" rc=0
  log "dotnet test $SOLUTION -c Release --no-build (full output: ${out#"$ROOT"/})"
  dotnet test "$SOLUTION" -c Release --no-build -nologo -tl:off \
    --logger "console;verbosity=minimal" \
    --results-directory "$TEST_RESULTS" \
    --blame-hang-timeout 15m --blame-hang-dump-type none \
    2>&1 | tee "$out" || rc=$?

  cleanup_test_cluster

  # Per-project totals: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, Duration: ... - X.dll (net10.0)"
  local totals passed=0 failed=0 skipped=0 f p s
  totals="$(sed -e 's/\x1b\[[0-9;?]*[a-zA-Z]//g' -e 's/\x1b[=>]//g' -e 's/\r//g' "$out" | grep -E '^(Passed|Failed)! +- +Failed: ' || true)"
  echo
  echo "==================== test summary ===================="
  if [ -n "$totals" ]; then
    echo "$totals" | sed -E 's/, Duration: .* - / - /'
    while read -r f p s; do
      failed=$((failed + f)); passed=$((passed + p)); skipped=$((skipped + s))
    done < <(echo "$totals" | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+),.*/\1 \2 \3/')
  else
    echo "(no per-project totals found in the test output)"
  fi
  [ "$rc" = 0 ] || echo "dotnet test exited with code $rc"
  local el=$((SECONDS - started))
  echo "Elapsed: $((el / 60))m $((el % 60))s"
  echo "Total: $passed passed, $failed failed, $skipped skipped"
  if [ "$rc" = 0 ] && [ "$failed" -gt 0 ]; then rc=1; fi
  return "$rc"
}

# ---------------------------------------------------------------- main

cmd="${1:-help}"
shift || true
case "$cmd" in
  run)     cmd_run "$@" ;;
  stop)    cmd_stop "$@" ;;
  migrate) cmd_migrate "$@" ;;
  seed)    cmd_seed "$@" ;;
  test)    cmd_test "$@" ;;
  help|-h|--help) usage ;;
  *) usage >&2; exit 2 ;;
esac
