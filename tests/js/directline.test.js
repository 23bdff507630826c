'use strict';
// botframework-directlinejs against EnvBot's Direct Line endpoint, over WebSocket and over polling (BOTFRAMEWORK.md §5.6).
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');
const { startHost, waitFor } = require('./harness');

const HELP_MARKER = '我能做的事';
let host;

before(async () => { host = await startHost(); });
after(async () => { await host?.stop(); });

async function generateToken(userId) {
  const res = await fetch(`${host.domain}/tokens/generate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: { id: userId } }),
  });
  assert.equal(res.status, 200);
  return res.json();
}

function connect(options) {
  const directLine = new DirectLine({ domain: host.domain, ...options });
  const seen = [];
  let status = ConnectionStatus.Uninitialized;
  // end() completes the streams with "conversation ended"; that is expected here, not a failure.
  directLine.connectionStatus$.subscribe((s) => { status = s; }, () => {});
  directLine.activity$.subscribe((a) => seen.push(a), () => {});
  return { directLine, seen, status: () => status };
}

function post(directLine, activity) {
  return new Promise((resolve, reject) => {
    directLine.postActivity(activity).subscribe(resolve, reject);
  });
}

const seq = (id) => Number(id.split('|')[1]);

async function talk(webSocket) {
  const userId = `u-js-${webSocket ? 'ws' : 'poll'}-${Date.now()}`;
  const { token } = await generateToken(userId);
  const client = connect({ token, webSocket, pollingInterval: 200 });
  await waitFor(() => client.status() === ConnectionStatus.Online, 'Online');
  // The conversation starts with the bot's greeting (conversationUpdate → MainBot welcomes 1:1 users).
  await waitFor(() => client.seen.find((a) => a.from.role === 'bot' && a.type === 'message'), 'the greeting');

  const clientActivityID = `cid-${Date.now()}`;
  const id = await post(client.directLine, {
    type: 'message', from: { id: userId, role: 'user' }, text: '帮助', locale: 'zh-CN', channelData: { clientActivityID },
  });
  assert.match(id, /\|\d{7}$/);
  const echo = await waitFor(() => client.seen.find((a) => a.id === id), 'the echo of the user message');
  assert.equal(echo.channelData.clientActivityID, clientActivityID);
  assert.equal(echo.text, '帮助');
  const reply = await waitFor(() => client.seen.find((a) => a.replyToId === id && a.type === 'message'), 'the bot reply');
  assert.ok(reply.text.includes(HELP_MARKER), reply.text);
  assert.ok(client.seen.indexOf(echo) < client.seen.indexOf(reply), 'the echo comes before the reply');
  return { client, userId, token };
}

test('WebSocket: start, post 帮助, receive the echo with clientActivityID and the reply', async () => {
  const { client } = await talk(true);
  client.directLine.end();
});

test('polling (webSocket: false): the same conversation works over GET activities', async () => {
  const { client } = await talk(false);
  client.directLine.end();
});

test('reconnect with conversationId and watermark: nothing twice, nothing missing', async () => {
  const { client, userId, token } = await talk(true);
  const conversationId = client.directLine.conversationId;
  const watermark = client.directLine.watermark;
  assert.ok(conversationId);
  assert.match(watermark, /^\d+$/);
  const before = new Set(client.seen.map((a) => a.id));
  client.directLine.end();

  // While the client is away the user (another tab, say) says more; the bot answers.
  const res = await fetch(`${host.domain}/conversations/${encodeURIComponent(conversationId)}/activities`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'message', from: { id: userId }, text: '咨询日安排' }),
  });
  assert.equal(res.status, 200);
  const { id: awayId } = await res.json();

  const again = connect({ token, conversationId, watermark, webSocket: true });
  await waitFor(() => again.seen.find((a) => a.replyToId === awayId), 'the reply sent while away');
  const ids = again.seen.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length, 'no duplicates');
  for (const id of ids) assert.ok(!before.has(id), `already seen before reconnect: ${id}`);
  const numbers = ids.map(seq);
  const expected = numbers.map((_, i) => Number(watermark) + 1 + i);
  assert.deepEqual(numbers, expected, 'continues right after the watermark with no gap');
  again.directLine.end();
});
