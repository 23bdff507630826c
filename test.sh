#!/usr/bin/env bash
# Runs every EnvBot test: the .NET suites, then the JavaScript suites (real Direct Line client, Web Chat in headless
# Chromium), then the short scale-out fault run on PostgreSQL. Installs what those need on a fresh machine (apt chromium, npm packages). Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results=$(mktemp -d)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

status=0
built=1
echo "== build"
dotnet build EnvBot.sln -c Debug -warnaserror -nologo -v q || { status=1; built=0; }

# A throw-away PostgreSQL server on a loopback port (.ci/start-postgres installs Debian's postgresql when root): the
# PostgreSQL-only tests use it in the first pass, and the host suite runs on it once more below.
pg=""; pgdata=""
if [ $built -eq 1 ] && pg=$(bash .ci/start-postgres 2>"$results/pg.err"); then
  pgdata=$(sed -n 's/^postgres data: //p' "$results/pg.err")
  trap 'bash .ci/start-postgres --stop "$pgdata"' EXIT
  export ENVBOT_TEST_POSTGRES="$pg"
else
  pg=""
fi

passed=0; failed=0; skipped=0
if [ $built -eq 1 ]; then
  echo "== .NET tests"
  dotnet test EnvBot.sln --no-build -c Debug --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results/trx" -v q 2>&1 | tee "$results/dotnet.log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  # Each assembly prints "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12" (or "Failed!  - …").
  while read -r f p s; do
    failed=$((failed + f)); passed=$((passed + p)); skipped=$((skipped + s))
  done < <(grep -oE 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$results/dotnet.log" | sed -E 's/[^0-9]+/ /g')
fi

if [ $built -eq 1 ] && [ -n "$pg" ]; then
  # Issue 9: the host suite again, every host on its own database in that PostgreSQL server.
  echo "== .NET database tests on PostgreSQL"
  ENVBOT_TEST_DATABASE=PostgreSql dotnet test tests/EnvBot.Host.Tests --no-build -c Debug --filter "Database!=SqliteFile" --logger "console;verbosity=minimal" -v q 2>&1 | tee "$results/pg.log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  # The data-layer tests that use a database (the pairing-table importer) likewise.
  ENVBOT_TEST_DATABASE=PostgreSql dotnet test tests/EnvBot.Data.Tests --no-build -c Debug --filter "FullyQualifiedName~EnvBot.Data.Tests.Import" --logger "console;verbosity=minimal" -v q 2>&1 | tee -a "$results/pg.log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  while read -r f p s; do
    failed=$((failed + f)); passed=$((passed + p)); skipped=$((skipped + s))
  done < <(grep -oE 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$results/pg.log" | sed -E 's/[^0-9]+/ /g')
elif [ $built -eq 1 ]; then
  host_tests=$(grep -E 'EnvBot.Host.Tests.dll' "$results/dotnet.log" | grep -oE 'Total: +[0-9]+' | grep -oE '[0-9]+' | head -1)
  echo "PostgreSQL pass skipped (${host_tests:-0} tests): no PostgreSQL server could be started: $(tail -1 "$results/pg.err")"
  skipped=$((skipped + ${host_tests:-0}))
fi

if [ $built -eq 1 ] && [ -f .ci/run-js ]; then
  echo "== JavaScript tests (Direct Line client, Web Chat in Chromium)"
  bash .ci/run-js 2>&1 | tee "$results/js.log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  js_pass=$(grep -E '^# pass ' "$results/js.log" | awk '{s+=$3} END {print s+0}')
  js_fail=$(grep -E '^# fail ' "$results/js.log" | awk '{s+=$3} END {print s+0}')
  js_skip=$(grep -E '^# skipped ' "$results/js.log" | awk '{s+=$3} END {print s+0}')
  passed=$((passed + js_pass)); failed=$((failed + js_fail)); skipped=$((skipped + js_skip))
fi

if [ $built -eq 1 ] && [ -n "$pg" ]; then
  # Issue 9: the load and fault run in its short form (3 hosts on one PostgreSQL, one SIGKILLed and restarted, the
  # database restarted; counts checked afterwards). Counted as one test.
  echo "== scale-out fault run (short)"
  SCALEOUT_LOGDIR="$results/scaleout" bash bench/scaleout/run.sh short 2>&1 | tee "$results/scaleout.log"
  if grep -q '^SCALEOUT PASS' "$results/scaleout.log"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); status=1
    tail -40 "$results"/scaleout/host*.log 2>/dev/null | grep -iE 'fail|error' | head -20
  fi
fi

[ $status -eq 0 ] || [ $failed -gt 0 ] || failed=1
if [ $skipped -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
rm -rf "$results"
exit $status
