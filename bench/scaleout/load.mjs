// Load generator for the scale-out run (bench/scaleout/run.sh). Node 20, no packages.
//
// Through POST /api/messages, spread round-robin over HOSTS:
//   - CONVERSATIONS menu conversations sending their turns one after another ("菜单");
//   - ENTERPRISES consultation-day bookings (预约咨询日 → all fields in one message → question → 确认), one
//     conversation each, more than the 10 seats of a session;
//   - when REVIEWER_CODES is set (binding codes of 综合处 staff, one per reviewer), each reviewer binds, reads the queue
//     (待审预约), then accepts every booking into the ledger (受理预约) and confirms its seat (确认席位), the reviewers
//     racing through the same bookings in opposite orders: seats and ledger matters are contended across hosts.
// A failed attempt (connection refused while a host is killed, 5xx while the database restarts) is retried with the
// SAME activity id on the next host, as the Bot Connector retries; so "accepted exactly once" is what the hosts must
// guarantee. Accepted ids are written to ACCEPTED, one a line.
//
// NOTICE_ENTERPRISES enterprise contacts bind themselves (企业认证); when the reviews are done the first reviewer
// schedules a notice (发通知 企业=… 时间=the minute after next, 确认通知 1) for them: the clustered Quartz job on some host
// sends it when it comes due, and each contact must receive it exactly once (run.sh counts).
//
// Through Direct Line 3.0 (DL_CONVERSATIONS > 0, secret DL_SECRET): each conversation is started on one host, its
// messages posted to the next hosts in turn, and the history read back from another; every message the service
// accepted (200 with an id) must have exactly one bot reply (replyToId) in the history.
//
// Env: HOSTS=http://127.0.0.1:5301,… SERVICE_URL=fake connector RUN=tag CONVERSATIONS=20 TURNS=30 (or DURATION=s)
// ENTERPRISES=0 REVIEWER_CODES=a,b NOTICE_ENTERPRISES=0 DL_CONVERSATIONS=0 DL_TURNS=10 DL_SECRET=… ACCEPTED=file
// Prints "LOAD sent=… accepted=… …" and, with Direct Line, "DIRECTLINE …"; exit code 0 (run.sh judges the counts).
import { writeFileSync } from "node:fs";

const hosts = process.env.HOSTS.split(",");
const serviceUrl = process.env.SERVICE_URL;
const run = process.env.RUN ?? "r";
const conversations = Number(process.env.CONVERSATIONS ?? 20);
const turns = Number(process.env.TURNS ?? 30);
const duration = Number(process.env.DURATION ?? 0) * 1000;
const enterprises = Number(process.env.ENTERPRISES ?? 0);
const reviewerCodes = (process.env.REVIEWER_CODES ?? "").split(",").filter(Boolean);
const noticeEnterprises = Math.min(8, Number(process.env.NOTICE_ENTERPRISES ?? 0));
const dlConversations = Number(process.env.DL_CONVERSATIONS ?? 0);
const dlTurns = Number(process.env.DL_TURNS ?? 10);
const dlSecret = process.env.DL_SECRET ?? "";
const maxAttempts = Number(process.env.ATTEMPTS ?? 60);
const started = Date.now();
const accepted = [];
const latencies = [];
let sent = 0, failed = 0, retries = 0;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function post(host, body) {
  const t0 = performance.now();
  const res = await fetch(`${host}/api/messages`, {
    method: "POST", headers: { "content-type": "application/json; charset=utf-8" }, body,
    signal: AbortSignal.timeout(10000),
  });
  const text = await res.text();
  return { status: res.status, ms: performance.now() - t0, text };
}

// A user's message activity as a channel posts it; extra fields (deliveryMode) are added on top.
const message = (id, user, conversation, text, extra = {}) => JSON.stringify({
  type: "message", id, channelId: "bench", serviceUrl,
  from: { id: user, name: "压测用户" }, recipient: { id: "envbot", name: "EnvBot" },
  conversation: { id: conversation }, text, locale: "zh-CN", ...extra,
});

// One turn through /api/messages, retried with the same id until a host accepts it.
async function turn(id, user, conversation, text, spread) {
  const body = message(id, user, conversation, text);
  sent++;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    if (attempt > 0) { retries++; await sleep(250); }
    try {
      const { status, ms } = await post(hosts[(spread + attempt) % hosts.length], body);
      if (status >= 200 && status < 300) {
        accepted.push(id);
        if (attempt === 0) latencies.push(ms);
        return true;
      }
    } catch { /* refused / reset / timeout: try the next host */ }
  }
  failed++;
  return false;
}

async function menuConversation(c) {
  for (let t = 0; duration ? Date.now() - started < duration : t < turns; t++) {
    await turn(`${run}-c${c}-t${t}`, `${run}-u${c}`, `${run}-conv${c}`, "菜单", c + t);
  }
}

// GB 32100-2015 check character, so every booking carries a valid, distinct credit code.
const USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function creditCode(n) {
  const body = `91330900MA2B${String(n).padStart(5, "0")}`;
  const sum = [...body].reduce((s, ch, i) => s + USCC.indexOf(ch) * USCC_WEIGHTS[i], 0);
  return body + USCC[(31 - (sum % 31)) % 31];
}

const bookingSteps = (e) => [
  "预约咨询日",
  `舟山压测${e}号有限公司，${creditCode(e)}，联系人王五 13800000000，身份证 330902199001011238`,
  "挥发性有机物总量指标怎么申请？",
  "确认",
];

async function enterpriseConversation(e) {
  const steps = bookingSteps(e);
  for (let s = 0; s < steps.length; s++) {
    await turn(`${run}-e${e}-s${s}`, `${run}-eu${e}`, `${run}-econv${e}`, steps[s], e + s);
  }
}

// The reviewer reads the queue (待审预约) as 综合处 would, through deliveryMode=expectReplies, and takes the booking
// numbers from it: they are not 1..N — PostgreSQL does not give back a sequence value whose insert rolled back (an
// attempt that lost to another host's attempt of the same activity, or ran into the database restart). A read: each
// attempt is its own activity (a retried id would be acknowledged with no replies), named outside the run's counted ids.
async function pendingBookings(r, user, conversation) {
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    if (attempt > 0) await sleep(250);
    try {
      const { status, text } = await post(hosts[(r + attempt) % hosts.length],
        message(`list-${run}-r${r}-${attempt}`, user, conversation, "待审预约", { deliveryMode: "expectReplies" }));
      if (status < 200 || status >= 300) continue;
      const said = (JSON.parse(text).activities ?? []).map((a) => a.text ?? "").join("\n");
      const ids = [...said.matchAll(/^- 编号 (\d+)/gm)].map((m) => Number(m[1]));
      if (ids.length) return ids;
    } catch { /* next host */ }
  }
  return [];
}

async function reviewer(r) {
  const user = `${run}-ru${r}`, conversation = `${run}-rconv${r}`;
  let s = 0;
  await turn(`${run}-r${r}-s${s++}`, user, conversation, `绑定 ${reviewerCodes[r]}`, r);
  const ids = await pendingBookings(r, user, conversation);
  if (r % 2 === 1) ids.reverse();
  for (const id of ids) {
    await turn(`${run}-r${r}-s${s++}`, user, conversation, `受理预约 ${id}`, r + s);
    await turn(`${run}-r${r}-s${s++}`, user, conversation, `确认席位 ${id}`, r + s);
  }
}

const noticeName = (i) => `舟山通知${"甲乙丙丁戊己庚辛"[i]}有限公司`;

async function noticeContact(i) {
  const steps = ["企业认证", `${noticeName(i)}，${creditCode(900 + i)}`, "跳过", "是"];
  for (let s = 0; s < steps.length; s++) {
    await turn(`${run}-n${i}-s${s}`, `${run}-nu${i}`, `${run}-nconv${i}`, steps[s], i + s);
  }
}

// The bureau's clock (Asia/Shanghai, no daylight saving) as the notice parser reads it: "12月1日 9:05".
// Two minutes on, rounded down to the minute: at least 60 s in the future, so it is not "in the past" when parsed.
function bureauMinuteAfterNext() {
  const t = new Date(Date.now() + 8 * 3600e3 + 120e3);
  return `${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${t.getUTCHours()}:${String(t.getUTCMinutes()).padStart(2, "0")}`;
}

async function scheduleNotice() {
  const user = `${run}-ru0`, conversation = `${run}-rconv0`;
  const names = Array.from({ length: noticeEnterprises }, (_, i) => noticeName(i)).join("、");
  await turn(`${run}-r0-notice`, user, conversation, `发通知 企业=${names} 时间=${bureauMinuteAfterNext()}\n标题=压测通知\n请于本周内完成环保自查。`, 0);
  await turn(`${run}-r0-confirm`, user, conversation, "确认通知 1", 1);
}

// Direct Line: a JSON call retried on the next host until one answers 2xx; null when none did.
async function directLine(path, init, spread) {
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    if (attempt > 0) await sleep(250);
    try {
      const res = await fetch(`${hosts[(spread + attempt) % hosts.length]}/v3/directline${path}`, {
        ...init,
        headers: { authorization: `Bearer ${dlSecret}`, "content-type": "application/json; charset=utf-8" },
        signal: AbortSignal.timeout(10000),
      });
      const text = await res.text();
      if (res.status >= 200 && res.status < 300) return text ? JSON.parse(text) : {};
    } catch { /* next host */ }
  }
  return null;
}

const dl = { posted: 0, accepted: 0, answeredOnce: 0, unanswered: 0, answeredTwice: 0, unreadable: 0 };
async function directLineConversation(d) {
  const started = await directLine("/conversations", { method: "POST" }, d);
  if (!started) { dl.unreadable++; return; }
  const ids = [];
  for (let t = 0; t < dlTurns; t++) {
    dl.posted++;
    // A post is not idempotent in Direct Line: a retry is a new message, so only answered posts count as accepted.
    const body = JSON.stringify({ type: "message", from: { id: `${run}-dl${d}`, name: "网页用户" }, text: t % 2 ? "菜单" : "帮助", locale: "zh-CN" });
    const result = await directLine(`/conversations/${started.conversationId}/activities`, { method: "POST", body }, d + t + 1);
    if (result?.id) { ids.push(result.id); dl.accepted++; }
  }
  const replies = new Map();
  let watermark = "";
  for (let page = 0; page < 100; page++) {
    const got = await directLine(`/conversations/${started.conversationId}/activities${watermark ? `?watermark=${watermark}` : ""}`, { method: "GET" }, d + 2);
    if (!got) { dl.unreadable++; return; }
    for (const a of got.activities ?? []) {
      if (a.from?.role === "bot" || a.from?.id !== `${run}-dl${d}`) {
        if (a.type === "message" && a.replyToId) replies.set(a.replyToId, (replies.get(a.replyToId) ?? 0) + 1);
      }
    }
    if (!got.watermark || got.watermark === watermark || !(got.activities ?? []).length) break;
    watermark = got.watermark;
  }
  for (const id of ids) {
    const n = replies.get(id) ?? 0;
    if (n === 0) dl.unanswered++; else if (n === 1) dl.answeredOnce++; else dl.answeredTwice++;
  }
}

const bookingsDone = Promise.all(Array.from({ length: enterprises }, (_, e) => enterpriseConversation(e + 1)));
await Promise.all([
  ...Array.from({ length: conversations }, (_, c) => menuConversation(c)),
  ...Array.from({ length: dlConversations }, (_, d) => directLineConversation(d)),
  Promise.all([bookingsDone.then(() => Promise.all(reviewerCodes.map((_, r) => reviewer(r)))),
    ...Array.from({ length: noticeEnterprises }, (_, i) => noticeContact(i))])
    .then(() => (noticeEnterprises > 0 && reviewerCodes.length > 0 ? scheduleNotice() : undefined)),
]);
const seconds = (Date.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1) : "0";
if (process.env.ACCEPTED) writeFileSync(process.env.ACCEPTED, accepted.join("\n") + (accepted.length ? "\n" : ""));
console.log(`LOAD sent=${sent} accepted=${accepted.length} failed=${failed} retries=${retries} seconds=${seconds.toFixed(1)} rps=${(accepted.length / seconds).toFixed(0)} p50=${pct(0.5)} p99=${pct(0.99)}`);
if (dlConversations > 0) {
  console.log(`DIRECTLINE posted=${dl.posted} accepted=${dl.accepted} answered_once=${dl.answeredOnce} unanswered=${dl.unanswered} answered_twice=${dl.answeredTwice} unreadable=${dl.unreadable}`);
}
