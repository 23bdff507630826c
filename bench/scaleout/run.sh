#!/usr/bin/env bash
# Scale-out load and fault run (issue 9), see bench/README.md "Scale-out".
#   bash bench/scaleout/run.sh              fault run: 3 hosts on one PostgreSQL, host 2 SIGKILLed and restarted,
#                                           PostgreSQL restarted, then exactly-once counts; last line "SCALEOUT PASS|FAIL"
#   bash bench/scaleout/run.sh throughput   turns/s and p99 with 1, 2 and 3 hosts on PostgreSQL
#   bash bench/scaleout/run.sh short        the fault run in a short form for CI (test.sh): the Debug build test.sh
#                                           made, fewer conversations; same checks
# Only 127.0.0.1; every step bounded by timeout; stops everything it started.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MODE="${1:-fault}"
CONFIGURATION="${CONFIGURATION:-Release}"
BUILD="${BUILD:-1}"
if [ "$MODE" = short ]; then
  MODE=fault CONFIGURATION=Debug BUILD=0
  : "${CONVERSATIONS:=6}" "${TURNS:=12}" "${ENTERPRISES:=12}" "${DL_CONVERSATIONS:=3}" "${DL_TURNS:=6}" "${NOTICE_ENTERPRISES:=4}"
fi
NOTICE_ENTERPRISES="${NOTICE_ENTERPRISES:-5}"
ENTERPRISES="${ENTERPRISES:-14}"
DL_CONVERSATIONS="${DL_CONVERSATIONS:-4}"
DL_TURNS="${DL_TURNS:-10}"
BASE_PORT="${BASE_PORT:-5300}"
CONNECTOR_PORT="${CONNECTOR_PORT:-5390}"
CONVERSATIONS="${CONVERSATIONS:-20}"
TURNS="${TURNS:-40}"
DURATION="${DURATION:-15}"
LOGDIR="${SCALEOUT_LOGDIR:-/tmp/envbot-scaleout}"
CONNECTOR_URL="http://127.0.0.1:$CONNECTOR_PORT/"
mkdir -p "$LOGDIR"
# Host logs are appended across a host's restarts within a run, so a new run starts them empty: the counts taken from
# them below ("answered by another host …") are this run's alone.
rm -f "$LOGDIR"/host*.log
declare -A HOSTPID
pids=()
pgdata=""
cleanup() {
  for pid in "${HOSTPID[@]}" "${pids[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  [ -n "$pgdata" ] && bash "$ROOT/.ci/start-postgres" --stop "$pgdata"
}
trap cleanup EXIT INT TERM

wait_for() { for _ in $(seq $(( $2 * 10 ))); do curl -fsS -o /dev/null --max-time 1 "$1" 2>/dev/null && return 0; sleep 0.1; done; echo "timed out waiting for $1" >&2; return 1; }

if [ "$BUILD" = 1 ]; then
  echo "== building $CONFIGURATION"
  timeout 600 dotnet build -c "$CONFIGURATION" -nologo -v q "$ROOT/EnvBot.Host/EnvBot.Host.csproj" >"$LOGDIR/build-host.log" 2>&1 || { tail -20 "$LOGDIR/build-host.log"; exit 1; }
  timeout 600 dotnet build -c "$CONFIGURATION" -nologo -v q "$ROOT/bench/FakeConnector/FakeConnector.csproj" >"$LOGDIR/build-connector.log" 2>&1 || { tail -20 "$LOGDIR/build-connector.log"; exit 1; }
fi

echo "== starting PostgreSQL"
pg=$(bash "$ROOT/.ci/start-postgres" 2>"$LOGDIR/pg.err") || { echo "SCALEOUT SKIP: no PostgreSQL server: $(tail -1 "$LOGDIR/pg.err")"; exit 0; }
pgdata=$(sed -n 's/^postgres data: //p' "$LOGDIR/pg.err")
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
asdb=(); [ "$(id -u)" = "0" ] && asdb=(runuser -u postgres --)
port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$pg")
sql() { "$pgbin/psql" -h 127.0.0.1 -p "$port" -U envbot -d "$1" -Atq -c "$2"; }
CONN="Host=127.0.0.1;Port=$port;Username=envbot;Database=envbot;Maximum Pool Size=40"

setsid dotnet "$ROOT/bench/FakeConnector/bin/$CONFIGURATION/net10.0/FakeConnector.dll" --urls "http://127.0.0.1:$CONNECTOR_PORT" >"$LOGDIR/connector.log" 2>&1 &
pids+=($!)
disown "$!"
wait_for "${CONNECTOR_URL}count" 60 || exit 1

start_host() { # n
  local p=$((BASE_PORT + $1))
  (cd "$ROOT/EnvBot.Host" && ASPNETCORE_ENVIRONMENT=Development RateLimiting__Enabled=false Database__Provider=PostgreSql \
    Database__ConnectionString="$CONN" Jobs__Enabled=true Notices__QuietStart=00:00 Notices__QuietEnd=00:00 Logging__LogLevel__Default=Warning DirectLine__Secret=scaleout-secret \
    exec setsid dotnet "bin/$CONFIGURATION/net10.0/EnvBot.Host.dll" --urls "http://127.0.0.1:$p") >>"$LOGDIR/host$1.log" 2>&1 &
  HOSTPID[$1]=$!
  disown "$!"
  wait_for "http://127.0.0.1:$p/readyz" 120
}
hosts_url() { local u=() i; for i in $(seq "$1"); do u+=("http://127.0.0.1:$((BASE_PORT + i))"); done; (IFS=,; echo "${u[*]}"); }
new_db() { sql postgres "DROP DATABASE IF EXISTS envbot WITH (FORCE)"; sql postgres "CREATE DATABASE envbot"; }
stop_hosts() { for n in "${!HOSTPID[@]}"; do kill -KILL -- "-${HOSTPID[$n]}" 2>/dev/null; unset "HOSTPID[$n]"; done; }

if [ "$MODE" = throughput ]; then
  printf '| hosts | turns/s | p50 ms | p99 ms | turns | failed |\n| ---: | ---: | ---: | ---: | ---: | ---: |\n' >"$LOGDIR/throughput.md"
  for n in 1 2 3; do
    new_db
    for i in $(seq "$n"); do start_host "$i" || exit 1; done
    HOSTS=$(hosts_url "$n") SERVICE_URL=$CONNECTOR_URL RUN="warm$n" CONVERSATIONS=$CONVERSATIONS DURATION=5 timeout 120 node "$ROOT/bench/scaleout/load.mjs" >/dev/null
    line=$(HOSTS=$(hosts_url "$n") SERVICE_URL=$CONNECTOR_URL RUN="tp$n" CONVERSATIONS=$CONVERSATIONS DURATION=$DURATION timeout 300 node "$ROOT/bench/scaleout/load.mjs")
    echo "$n host(s): $line"
    get() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
    printf '| %s | %s | %s | %s | %s | %s |\n' "$n" "$(get rps)" "$(get p50)" "$(get p99)" "$(get accepted)" "$(get failed)" >>"$LOGDIR/throughput.md"
    stop_hosts
  done
  echo "== $CONVERSATIONS concurrent conversations, ${DURATION}s, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  cat "$LOGDIR/throughput.md"
  exit 0
fi

# Fault run.
new_db
for i in 1 2 3; do start_host "$i" || exit 1; done
RUN="f$(date +%s)"
# Two 综合处 reviewers (the seeded 陈综合 on two chat accounts), bound by one-time codes as an administrator would give them.
for code in "${RUN^^}A" "${RUN^^}B"; do
  sql envbot "INSERT INTO binding_codes (\"Code\", \"PersonId\", \"CreatedByPersonId\", \"CreatedAt\", \"ExpiresAt\")
    SELECT '$code', \"Id\", \"Id\", now(), now() + interval '1 day' FROM people WHERE \"Name\" = '陈综合'" || exit 1
done
echo "== load: $CONVERSATIONS menu conversations × $TURNS turns, $ENTERPRISES bookings reviewed by 2 reviewers, $DL_CONVERSATIONS Direct Line conversations × $DL_TURNS over 3 hosts (run $RUN)"
HOSTS=$(hosts_url 3) SERVICE_URL=$CONNECTOR_URL RUN=$RUN CONVERSATIONS=$CONVERSATIONS TURNS=$TURNS ACCEPTED="$LOGDIR/accepted.txt" \
  ENTERPRISES=$ENTERPRISES NOTICE_ENTERPRISES=$NOTICE_ENTERPRISES REVIEWER_CODES="${RUN^^}A,${RUN^^}B" DL_CONVERSATIONS=$DL_CONVERSATIONS DL_TURNS=$DL_TURNS DL_SECRET=scaleout-secret \
  timeout 600 node "$ROOT/bench/scaleout/load.mjs" >"$LOGDIR/load.out" 2>&1 &
load=$!
sleep 4
echo "== SIGKILL host 2"; kill -KILL -- "-${HOSTPID[2]}"; unset "HOSTPID[2]"
sleep 3
echo "== restarting host 2"; start_host 2 || echo "host 2 did not come back"
sleep 2
echo "== restarting PostgreSQL"; timeout 60 "${asdb[@]}" "$pgbin/pg_ctl" -D "$pgdata" -m fast -w restart -l "$(dirname "$pgdata")/server.log" >/dev/null || echo "pg_ctl restart failed"
wait "$load"; cat "$LOGDIR/load.out"
sleep 2
# The notice is due at the minute after next (quiet hours are off for this run: it must not depend on the time of
# day); wait until every enterprise's copy has been taken by the channel.
if [ "$NOTICE_ENTERPRISES" -gt 0 ]; then
  for _ in $(seq 150); do
    [ "$(sql envbot "SELECT count(*) FROM notice_deliveries WHERE \"SentAt\" IS NOT NULL")" = "$NOTICE_ENTERPRISES" ] && break
    sleep 1
  done
fi
# Replies a killed host committed but never sent are sent by another host once their lease is over (20 s): wait for it.
for _ in $(seq 60); do
  [ "$(sql envbot "SELECT count(*) FROM processed_activities WHERE undelivered_replies IS NOT NULL")" = 0 ] && break
  sleep 1
done

accepted=$(wc -l <"$LOGDIR/accepted.txt")
sql envbot "SELECT activity_id FROM processed_activities WHERE activity_id LIKE '$RUN-%'" | sort >"$LOGDIR/processed.txt"
processed=$(wc -l <"$LOGDIR/processed.txt")
missing=$(sort "$LOGDIR/accepted.txt" | comm -23 - "$LOGDIR/processed.txt" | wc -l)
curl -fsS --max-time 5 "${CONNECTOR_URL}replies" | grep "^$RUN-" >"$LOGDIR/replies.txt"
replied=$(wc -l <"$LOGDIR/replies.txt")
# A menu turn has exactly one reply; a dialog step may have several, the same number in every conversation.
awk '$1 ~ /-c[0-9]+-t[0-9]+$/ && $2 > 1 { print $1 }' "$LOGDIR/replies.txt" | sort >"$LOGDIR/duplicated.txt"
# Replies are delivered at least once: a host killed after the connector took its reply but before it recorded the reply
# as sent leaves it to another host, which sends it again (the Bot Connector has no idempotency key to stop that). Such a
# duplicate is reported but allowed when the other host's log names that activity; any other duplicate fails the run.
cat "$LOGDIR"/host*.log | sed -n 's/.*Delivering the replies of activity \([^:]*\): its host did not.*/\1/p' | sort -u >"$LOGDIR/redelivered.txt"
redelivered_twice=$(comm -12 "$LOGDIR/duplicated.txt" "$LOGDIR/redelivered.txt" | wc -l)
duplicated=$(comm -23 "$LOGDIR/duplicated.txt" "$LOGDIR/redelivered.txt" | wc -l)
# A booking step has the same number of replies in every conversation. A step whose replies another host delivered again
# after its host died (the same at-least-once case as above) may have more, never fewer; it is left out of the
# comparison and checked for that alone.
read -r uneven short_redelivered < <(awk 'FILENAME == ARGV[1] { again[$1] = 1; next }
  $1 ~ /-e[0-9]+-s[0-9]+$/ { step = $1; sub(/.*-s/, "", step)
    if ($1 in again) { later[$1] = step; count[$1] = $2; next }
    if (!((step, $2) in seen)) { seen[step, $2] = 1; kinds[step]++; usual[step] = $2 } }
  END { u = 0; for (s in kinds) if (kinds[s] > 1) u++
        short = 0; for (a in later) if (count[a] < usual[later[a]]) short++
        print u, short }' "$LOGDIR/redelivered.txt" "$LOGDIR/replies.txt")
unreplied=$(sort "$LOGDIR/accepted.txt" | comm -23 - <(cut -d' ' -f1 "$LOGDIR/replies.txt" | sort) | wc -l)
curl -fsS --max-time 5 "${CONNECTOR_URL}proactive" | grep "^$RUN-nconv" >"$LOGDIR/notices.txt"
notice_deliveries=$(sql envbot "SELECT count(*) FROM notice_deliveries")
notified_once=$(awk '$2 == 1' "$LOGDIR/notices.txt" | wc -l)
notified_twice=$(awk '$2 > 1' "$LOGDIR/notices.txt" | wc -l)
booked=$(sql envbot "SELECT count(*) FROM consultation_bookings WHERE \"CreditCode\" LIKE '91330900MA2B%'")
confirmed=$(sql envbot "SELECT count(*) FROM consultation_bookings WHERE \"Status\" = 'Confirmed'")
seats=$(( ENTERPRISES < 10 ? ENTERPRISES : 10 ))
in_ledger=$(sql envbot "SELECT count(DISTINCT \"MatterId\") FROM consultation_bookings WHERE \"MatterId\" IS NOT NULL")
matters=$(sql envbot "SELECT count(*) FROM ledger_matters")
over=$(sql envbot "SELECT count(*) FROM (SELECT \"SessionDate\" FROM consultation_bookings WHERE \"Status\"::text IN ('1','Confirmed') GROUP BY \"SessionDate\" HAVING count(*) > 10) x")
bookings=$(sql envbot "SELECT count(*) FROM consultation_bookings")
orphan_events=$(sql envbot "SELECT count(*) FROM ledger_events e WHERE NOT EXISTS (SELECT 1 FROM ledger_matters m WHERE m.\"Id\" = e.\"MatterId\")")
bare_matters=$(sql envbot "SELECT count(*) FROM ledger_matters m WHERE NOT EXISTS (SELECT 1 FROM ledger_events e WHERE e.\"MatterId\" = m.\"Id\")")
echo
echo "accepted activities:            $accepted"
echo "processed_activities rows:      $processed"
echo "accepted but not processed:     $missing"
echo "activities answered (connector): $replied"
echo "accepted but never answered:    $unreplied"
echo "answered by another host after their host died: $(wc -l <"$LOGDIR/redelivered.txt")"
echo "menu turns answered twice:      $duplicated (and $redelivered_twice redelivered after their host died mid-send: at least once, allowed)"
echo "booking steps answered unevenly: $uneven (redelivered steps with fewer replies than the others: $short_redelivered)"
echo "sessions over capacity:         $over (bookings in db: $bookings)"
echo "bookings made / expected:       $booked / $ENTERPRISES"
echo "seats confirmed / seats:        $confirmed / $seats"
echo "bookings in the ledger / matters: $in_ledger / $matters (expected $ENTERPRISES each)"
echo "ledger: events without matter / matters without events: $orphan_events / $bare_matters"
echo "scheduled notice: deliveries $notice_deliveries, contacts told once $notified_once, told twice $notified_twice (expected $NOTICE_ENTERPRISES once)"
dl_line=$(grep '^DIRECTLINE' "$LOGDIR/load.out" || true)
dl() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" <<<"$dl_line"; }
echo "direct line: accepted $(dl accepted), answered once $(dl answered_once), unanswered $(dl unanswered), answered twice $(dl answered_twice), unreadable $(dl unreadable)"
dl_ok=1
if [ "$DL_CONVERSATIONS" -gt 0 ]; then
  [ -n "$dl_line" ] && [ "$(dl accepted)" -gt 0 ] && [ "$(dl answered_once)" = "$(dl accepted)" ] && [ "$(dl unreadable)" = 0 ] || dl_ok=0
fi
if [ "$accepted" -gt 0 ] && [ "$missing" -eq 0 ] && [ "$processed" -eq "$accepted" ] && [ "$duplicated" -eq 0 ] && [ "$uneven" = 0 ] && [ "$short_redelivered" = 0 ] && [ "$unreplied" -eq 0 ] && [ "$over" = 0 ] \
  && [ "$booked" = "$ENTERPRISES" ] && [ "$confirmed" = "$seats" ] && [ "$in_ledger" = "$ENTERPRISES" ] && [ "$matters" = "$ENTERPRISES" ] \
  && [ "$orphan_events" = 0 ] && [ "$bare_matters" = 0 ] && [ $dl_ok = 1 ] \
  && [ "$notice_deliveries" = "$NOTICE_ENTERPRISES" ] && [ "$notified_once" = "$NOTICE_ENTERPRISES" ] && [ "$notified_twice" = 0 ]; then
  echo "SCALEOUT PASS"
else
  if [ "$uneven" != 0 ] || [ "$short_redelivered" != 0 ]; then
    # Which conversations differ, so a failure on CI can be read without its logs.
    echo "booking step replies (step: count × conversations), redelivered: $(tr '\n' ' ' <"$LOGDIR/redelivered.txt")"
    awk '$1 ~ /-e[0-9]+-s[0-9]+$/ { step = $1; sub(/.*-s/, "", step); n[step " " $2]++ } END { for (k in n) { split(k, p, " "); print "  s" p[1] ": " p[2] " × " n[k] } }' "$LOGDIR/replies.txt" | sort -V
  fi
  echo "SCALEOUT FAIL"; exit 1
fi
