'use strict';
// Issue 10: "an attachment uploaded through Web Chat and stored", with the real clients in headless Chromium.
// 1. The page at /: the block lead (demo persona 夏爱萍) records a health check for 欧莱克 in her chat; the enterprise's
//    contact (demo persona 欧莱克) receives the list, picks a photo with Web Chat's own upload button and sends it with
//    the answer to the item; the lead receives the answer with a signed link to the stored file, and the bytes behind it are the photo.
// 2. botframework-directlinejs (the version installed here) in the browser: postActivity with an attachment whose
//    contentUrl is a blob: URL, which DirectLineJS reads and uploads (multipart to /upload); the echo carries the
//    signed link of the stored file. In Node DirectLineJS cannot upload (xhr2 reads neither blob:/data: URLs nor
//    FormData bodies), so it runs where it is meant to run: a browser page on EnvBot's origin.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const zlib = require('node:zlib');
const { chromium } = require('playwright-core');
const { startHost } = require('./harness');

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ENTERPRISE = '舟山欧莱克新材料科技有限公司';
let host;
let browser;

before(async () => {
  host = await startHost();
  browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  await host?.stop();
});

/** A real PNG (so Web Chat can draw its thumbnail): width×height pixels of one colour. */
function png(width, height, [r, g, b]) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

/** A day two weeks from today in Asia/Shanghai, as the guide would type it: the deadline must not be in the past. */
function deadline() {
  const day = new Date(Date.now() + 14 * 24 * 3600 * 1000);
  return day.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }); // yyyy-MM-dd
}

/** Opens the page in its own browser context (own localStorage) and picks the demo persona from the header. */
async function openAs(persona) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${host.baseUrl}/`);
  const select = page.locator('#persona select');
  await select.waitFor({ state: 'visible', timeout: 30_000 });
  // Choosing a persona reloads the page with a fresh user id that the token request binds to the persona.
  await Promise.all([page.waitForEvent('load'), select.selectOption(persona)]);
  // After the reload the page fetches the personas again and only then selects the chosen one (app.js): wait for it,
  // not for 'load' alone (a loaded machine showed the select still empty at 'load').
  await page.waitForFunction((p) => document.querySelector('#persona select')?.value === p, persona, { timeout: 30_000 });
  assert.equal(await page.locator('#persona select').inputValue(), persona);
  // The greeting arrives: the conversation exists, so messages to this account (outbox) have somewhere to go.
  await page.getByText('我是舟山市生态环境局的环保助手').first().waitFor({ timeout: 30_000 });
  return page;
}

async function send(page, text) {
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.waitFor({ timeout: 30_000 });
  await box.fill(text);
  await box.press('Enter');
}

/** Waits until a bot message on the page contains every one of the texts, and returns its text. */
async function botSays(page, ...texts) {
  const bot = page.locator('.webchat__bubble:not(.webchat__bubble--from-user)');
  const found = texts.reduce((l, t) => l.filter({ hasText: t }), bot).last();
  try {
    await found.waitFor({ timeout: 30_000 });
  } catch (e) {
    // Say what the page showed instead, and what the host logged (warnings and errors), so a failure on a loaded CI
    // machine can be told from a wrong answer.
    const shown = (await bot.allInnerTexts()).slice(-3).join('\n---\n');
    throw new Error(`${e.message}\nlast bot messages:\n${shown}\nhost log (tail):\n${host.output().slice(-3000)}`);
  }
  return found.innerText();
}

test('Web Chat upload button: a photo answering a rectification item is stored and the guide downloads the same bytes', async () => {
  const [lead, enterprise] = await Promise.all([openAs('block-lead'), openAs('enterprise')]);

  // 夏爱萍 leads block 1, where 欧莱克 is: she may record its health check (seed 001 体检; one finding a line).
  await send(lead, `体检记录 欧莱克\n1. 危废暂存间未设置警示标识；建议：按规范设置标识牌；期限：${deadline()}`);
  const recorded = await botSays(lead, `已记录 ${ENTERPRISE} 的体检问题 1 项`);
  assert.match(recorded, /整改清单已发送给企业/);
  const itemId = Number(/整改项 (\d+)（台账 #\d+）/.exec(recorded)[1]);

  // The list reaches the enterprise's chat (劝).
  await botSays(enterprise, '【体检整改清单】', `整改项 ${itemId}：危废暂存间未设置警示标识`);

  // Web Chat's own upload button: its hidden file input (Web Chat 4.18, class webchat__upload-button--file-input).
  const photo = png(8, 6, [0xd0, 0x20, 0x20]);
  const upload = enterprise.locator('input.webchat__upload-button--file-input');
  assert.equal(await upload.count(), 1, 'the page shows Web Chat\'s upload button');
  // Web Chat 4.18 attaches the chosen file to the send box (sendAttachmentOn "send"); the contact types the answer
  // and presses Enter, and the photo goes with the text in one message (DirectLineJS: multipart to /upload).
  await upload.setInputFiles({ name: '危废标识牌.png', mimeType: 'image/png', buffer: photo });
  // Web Chat attaches the file only after making its thumbnail (async); the upload icon shows it is attached, as a
  // person would see before pressing Enter. Sending earlier sends the text alone (a loaded machine did).
  await enterprise.locator('.webchat__attachment-icon--checked').waitFor({ timeout: 30_000 });
  await send(enterprise, `整改回复 ${itemId} 已按规范设置危废标识牌`);
  await botSays(enterprise, `已收到整改项 ${itemId} 的整改情况和附件 《危废标识牌.png》，等待指导员 夏爱萍 复核。`);

  // The lead (who recorded the item) gets the answer with the file as a signed link, rendered by Web Chat as a link.
  await botSays(lead, '【整改回复】', `${ENTERPRISE} 整改项 ${itemId}`, '已按规范设置危废标识牌');
  const link = lead.locator('.webchat__bubble a', { hasText: '危废标识牌.png' }).last();
  await link.waitFor({ timeout: 30_000 });
  const href = new URL(await link.getAttribute('href'), host.baseUrl);
  assert.equal(href.origin, host.baseUrl, 'an absolute link on Reports:PublicBaseUrl');
  assert.equal(href.pathname, '/api/attachments');
  assert.ok(href.searchParams.get('sig'), 'the link is signed');

  // Stored: the link serves exactly the bytes that were uploaded, as image/png.
  const download = await fetch(href);
  assert.equal(download.status, 200);
  assert.match(download.headers.get('content-type'), /^image\/png/);
  assert.deepEqual(Buffer.from(await download.arrayBuffer()), photo);

  // Only the link the bot issued opens it: a forged signature is refused.
  const forged = new URL(href);
  forged.searchParams.set('sig', 'x'.repeat(href.searchParams.get('sig').length));
  assert.equal((await fetch(forged)).status, 404);

  await lead.context().close();
  await enterprise.context().close();
});

test('botframework-directlinejs postActivity with a blob: attachment uploads it, and the echo links the stored file', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // EnvBot's origin (same-origin Direct Line), a blank document, and the DirectLineJS installed in tests/js.
  await page.goto(`${host.baseUrl}/healthz`);
  await page.addScriptTag({ path: path.join(__dirname, 'node_modules', 'botframework-directlinejs', 'dist', 'directline.js') });

  const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
  const result = await page.evaluate(async ({ pdfBase64, deadlineText }) => {
    const { DirectLine, ConnectionStatus } = window.DirectLine;
    const wait = async (predicate, what, ms = 30_000) => {
      const end = Date.now() + ms;
      for (;;) {
        const value = predicate();
        if (value) return value;
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    // A token the way the page gets one, as a demo persona (the server binds the user id to it).
    async function connect(persona) {
      const userId = `u-js-${persona}-${Math.random().toString(16).slice(2, 10)}`;
      const res = await fetch('/api/webchat/token', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId, persona }),
      });
      if (!res.ok) throw new Error(`token for ${persona}: ${res.status}`);
      const { token } = await res.json();
      const directLine = new DirectLine({ domain: `${location.origin}/v3/directline`, token, webSocket: true });
      const seen = [];
      let status;
      directLine.connectionStatus$.subscribe((s) => { status = s; }, () => {});
      directLine.activity$.subscribe((a) => seen.push(a), () => {});
      await wait(() => status === ConnectionStatus.Online, `${persona} online`);
      await wait(() => seen.some((a) => a.from.role === 'bot'), `${persona} greeting`);
      const post = (activity) => new Promise((resolve, reject) => {
        directLine.postActivity({ from: { id: userId }, locale: 'zh-CN', ...activity }).subscribe(resolve, reject);
      });
      const said = (text) => wait(() => seen.find((a) => a.from.id !== userId && (a.text || '').includes(text)), `"${text}"`);
      return { directLine, seen, post, said, userId };
    }

    const lead = await connect('block-lead');
    const enterprise = await connect('enterprise');
    await lead.post({ type: 'message', text: `体检记录 欧莱克\n1. 废气收集罩破损；建议：更换收集罩；期限：${deadlineText}` });
    const recorded = await lead.said('的体检问题 1 项');
    const itemId = Number(/整改项 (\d+)（台账/.exec(recorded.text)[1]);
    await enterprise.said(`整改项 ${itemId}：废气收集罩破损`);

    // The file exists only in the browser: a Blob behind a blob: URL, as Web Chat itself builds attachments.
    const bytes = Uint8Array.from(atob(pdfBase64), (c) => c.charCodeAt(0));
    const contentUrl = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
    const id = await enterprise.post({
      type: 'message',
      text: `整改回复 ${itemId} 已更换收集罩`,
      attachments: [{ contentType: 'application/pdf', contentUrl, name: '收集罩更换验收单.pdf' }],
    });
    const echo = await wait(() => enterprise.seen.find((a) => a.id === id), 'the echo');
    const reply = await wait(() => enterprise.seen.find((a) => a.replyToId === id && a.type === 'message'), 'the reply');
    const attachment = echo.attachments[0];
    const stored = await fetch(attachment.contentUrl);
    const storedBytes = Array.from(new Uint8Array(await stored.arrayBuffer()));
    lead.directLine.end();
    enterprise.directLine.end();
    return {
      itemId, id, echoText: echo.text, attachments: echo.attachments.length, attachment, reply: reply.text,
      status: stored.status, type: stored.headers.get('content-type'), storedBytes,
    };
  }, { pdfBase64: pdf.toString('base64'), deadlineText: deadline() });

  // It went through /upload (the id is the echo's), and the echo's attachment is a signed link to EnvBot's store.
  assert.match(result.id, /\|\d{7}$/);
  assert.equal(result.echoText, `整改回复 ${result.itemId} 已更换收集罩`);
  assert.equal(result.attachments, 1);
  assert.equal(result.attachment.name, '收集罩更换验收单.pdf');
  assert.equal(result.attachment.contentType, 'application/pdf');
  const link = new URL(result.attachment.contentUrl, host.baseUrl);
  assert.equal(link.pathname, '/api/attachments');
  assert.ok(link.searchParams.get('sig'));
  assert.equal(result.reply, `已收到整改项 ${result.itemId} 的整改情况和附件 《收集罩更换验收单.pdf》，等待指导员 夏爱萍 复核。`);
  // Stored: the link serves the very bytes the browser held in its Blob.
  assert.equal(result.status, 200);
  assert.match(result.type, /^application\/pdf/);
  assert.deepEqual(Buffer.from(result.storedBytes), pdf);
  await context.close();
});
