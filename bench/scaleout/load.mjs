// Load generator for the scale-out run (bench/scaleout/run.sh): CONVERSATIONS concurrent conversations, each sending
// its turns one after another through POST /api/messages, spread round-robin over HOSTS. A failed attempt (connection
// refused while a host is killed, 5xx while the database restarts) is retried with the SAME activity id on the next
// host, as the Bot Connector retries; so "accepted exactly once" is what the hosts must guarantee.
// Env: HOSTS=http://127.0.0.1:5301,… SERVICE_URL=fake connector RUN=tag CONVERSATIONS=20 TURNS=30 (or DURATION=s)
// ACCEPTED=file (accepted activity ids, one a line). Prints one line: "LOAD sent=… accepted=… …".
import { writeFileSync } from "node:fs";

const hosts = process.env.HOSTS.split(",");
const serviceUrl = process.env.SERVICE_URL;
const run = process.env.RUN ?? "r";
const conversations = Number(process.env.CONVERSATIONS ?? 20);
const turns = Number(process.env.TURNS ?? 30);
const duration = Number(process.env.DURATION ?? 0) * 1000;
const maxAttempts = Number(process.env.ATTEMPTS ?? 60);
const started = Date.now();
const accepted = [];
const latencies = [];
let sent = 0, failed = 0, retries = 0;

async function post(host, body) {
  const t0 = performance.now();
  const res = await fetch(`${host}/api/messages`, {
    method: "POST", headers: { "content-type": "application/json; charset=utf-8" }, body,
    signal: AbortSignal.timeout(10000),
  });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - t0 };
}

async function conversation(c) {
  for (let t = 0; duration ? Date.now() - started < duration : t < turns; t++) {
    const id = `${run}-c${c}-t${t}`;
    const body = JSON.stringify({
      type: "message", id, channelId: "bench", serviceUrl,
      from: { id: `${run}-u${c}`, name: "压测用户" }, recipient: { id: "envbot", name: "EnvBot" },
      conversation: { id: `${run}-conv${c}` }, text: "菜单", locale: "zh-CN",
    });
    sent++;
    let ok = false;
    for (let attempt = 0; attempt < maxAttempts && !ok; attempt++) {
      if (attempt > 0) { retries++; await new Promise(r => setTimeout(r, 250)); }
      try {
        const { status, ms } = await post(hosts[(c + t + attempt) % hosts.length], body);
        if (status >= 200 && status < 300) { ok = true; if (attempt === 0) latencies.push(ms); }
      } catch { /* refused / reset / timeout: try the next host */ }
    }
    if (ok) accepted.push(id); else failed++;
  }
}

await Promise.all(Array.from({ length: conversations }, (_, c) => conversation(c)));
const seconds = (Date.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = p => latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1) : "0";
if (process.env.ACCEPTED) writeFileSync(process.env.ACCEPTED, accepted.join("\n") + (accepted.length ? "\n" : ""));
console.log(`LOAD sent=${sent} accepted=${accepted.length} failed=${failed} retries=${retries} seconds=${seconds.toFixed(1)} rps=${(accepted.length / seconds).toFixed(0)} p50=${pct(0.5)} p99=${pct(0.99)}`);
