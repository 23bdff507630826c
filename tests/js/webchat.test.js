'use strict';
// The page at / in headless Chromium: Web Chat served by EnvBot, talking to EnvBot's Direct Line.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { startHost } = require('./harness');

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
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

async function send(page, text) {
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.waitFor({ timeout: 30_000 });
  await box.fill(text);
  await box.press('Enter');
}

test('the page shows Web Chat in Chinese and the bot answers 帮助', async () => {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${host.baseUrl}/`);
  assert.equal(await page.title(), '舟山市生态环境局 · 环保助手');

  // The greeting arrives first: the conversation is connected.
  await page.getByText('我是舟山市生态环境局的环保助手').first().waitFor({ timeout: 30_000 });
  await send(page, '帮助');
  await page.getByText('我能做的事').first().waitFor({ timeout: 30_000 });

  fs.mkdirSync(path.join(__dirname, 'artifacts'), { recursive: true });
  await page.screenshot({ path: path.join(__dirname, 'artifacts', 'webchat.png'), fullPage: true });

  // Everything came from EnvBot itself (no CDN).
  const foreign = requests.filter((u) => !u.startsWith(host.baseUrl) && !u.startsWith(host.baseUrl.replace('http', 'ws')) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);

  // A reload continues the same conversation.
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('envbot.webchat.conversation')));
  await page.reload();
  await send(page, '咨询日安排');
  await page.getByText('企业环保咨询日每月10日').first().waitFor({ timeout: 30_000 });
  const after = JSON.parse(await page.evaluate(() => localStorage.getItem('envbot.webchat.conversation')));
  assert.equal(after.conversationId, saved.conversationId);
  await page.close();
});
