/**
 * The event mapping page in a real browser against a real server: on the demo workspace and
 * its simulated history, a marketer sees what the default rules map, maps a group of unknown
 * events (sent through the tracking API) to a touchpoint, saves, and finds it all after a reload.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from '../support/browser.ts';
import { type ServeProcess, startServe } from '../support/process.ts';
import { type ApiSession, giveSessionTo, setUpThroughApi } from '../support/session.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'parcours-mapping-'));
let server: ServeProcess;
let browser: Browser;
let page: Page;
let session: ApiSession;
let demoId: string;

const GIFT_CARD = 'Gift Card Redeemed';

/** Events no default rule knows, sent the way a shop's till would send them. */
async function sendUnknownEvents(): Promise<void> {
  const key = await session.call('POST', `/api/v1/workspaces/${demoId}/keys`, {
    name: 'Till',
    kind: 'write',
  });
  expect(key.status).toBe(201);
  const { secret } = (await key.json()) as { secret: string };
  const batch = [1, 2, 3, 4].map((n) => ({
    type: 'track',
    event: GIFT_CARD,
    userId: `till-customer-${n}`,
    messageId: `gift-card-${n}`,
    timestamp: new Date(Date.now() - n * 60_000).toISOString(),
    context: { channel: 'Store' },
    properties: { amount: 25 * n },
  }));
  const response = await fetch(`${server.url}/v1/batch`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from(`${secret}:`).toString('base64')}`,
    },
    body: JSON.stringify({ batch }),
  });
  expect(response.status).toBe(200);
}

beforeAll(async () => {
  server = await startServe(dataDir);
  session = await setUpThroughApi(server, {
    email: 'camille@example.com',
    workspaceName: 'Atelier',
    lang: 'en',
  });
  const me = (await (await session.call('GET', '/api/v1/me')).json()) as {
    workspaces: { id: string; name: string }[];
  };
  demoId = me.workspaces.find((w) => w.name.startsWith('Demo'))?.id ?? '';
  await sendUnknownEvents();
  browser = await launchChromium();
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  await giveSessionTo(context, server, session);
  page = await context.newPage();
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail')
    await screenshot(page, `failed-${context.task.name.slice(0, 40)}`);
});

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

const number = async (testId: string) =>
  Number((await page.getByTestId(testId).innerText()).replace(/[^\d]/g, ''));

const giftCardGroup = () => page.getByTestId('unmapped-group').filter({ hasText: GIFT_CARD });

describe('event mapping page', () => {
  it('shows what the default rules map in the demo history, and the unmapped groups', async () => {
    await page.goto(`${server.url}/w/${demoId}/mapping`);
    await expect.poll(() => number('stat-total')).toBeGreaterThan(50);
    await expect(page.getByTestId('mapping-defaults').isVisible()).resolves.toBe(true);
    const rules = page.getByTestId('mapping-rule');
    expect(await rules.count()).toBeGreaterThan(20);
    expect(await rules.first().getByTestId('rule-matched').innerText()).toMatch(/\d+ events/);
    await expect.poll(() => giftCardGroup().count()).toBe(1);
    expect(await giftCardGroup().innerText()).toContain('store');
    await screenshot(page, 'mapping-defaults', false);
  });

  it('maps an unmapped group to a touchpoint, previews it live, saves, and keeps it after reload', async () => {
    const unmappedBefore = await number('stat-unmapped');
    await giftCardGroup().getByTestId('map-to').click();
    const select = page.getByTestId('map-to-row').getByTestId('map-to-touchpoint');
    const firstTouchpoint = select.locator('option:not([disabled])').first();
    await select.selectOption((await firstTouchpoint.getAttribute('value')) ?? '');
    await screenshot(page, 'mapping-map-to', false);
    await page.getByTestId('map-to-row').getByTestId('map-to-create').click();

    const created = page.getByTestId('mapping-rule').last();
    await expect.poll(() => created.getByTestId('rule-matched').innerText()).toBe('4 events');
    await expect.poll(() => giftCardGroup().count()).toBe(0);
    await expect.poll(() => number('stat-unmapped')).toBe(unmappedBefore - 4);
    expect(await created.innerText()).toContain(GIFT_CARD);
    // A property condition narrows the rule, and the live preview follows.
    await created.getByTestId('rule-edit').click();
    await created.getByTestId('condition-add').click();
    await created.getByTestId('condition-path').fill('amount');
    await created.getByTestId('condition-op').selectOption('gte');
    await created.getByTestId('condition-value').fill('50');
    await expect.poll(() => created.getByTestId('rule-matched').innerText()).toBe('3 events');
    await created.getByTestId('rule-conditions').scrollIntoViewIfNeeded();
    await screenshot(page, 'mapping-editor', false);
    await created.getByRole('button', { name: /Remove the condition/ }).click();
    await expect.poll(() => created.getByTestId('rule-matched').innerText()).toBe('4 events');
    await created.getByTestId('rule-done').click();

    await page.getByTestId('mapping-save').click();
    await page.getByTestId('mapping-saved').waitFor();
    await page.reload();
    await expect.poll(() => number('stat-unmapped')).toBe(unmappedBefore - 4);
    expect(await page.getByTestId('mapping-defaults').count()).toBe(0);
    expect(await page.getByTestId('mapping-version').innerText()).toMatch(/version 1/);
    const kept = page.getByTestId('mapping-rule').last();
    expect(await kept.innerText()).toContain(GIFT_CARD);
    await expect.poll(() => kept.getByTestId('rule-matched').innerText()).toBe('4 events');
    expect(await giftCardGroup().count()).toBe(0);
    await screenshot(page, 'mapping-saved');
  });

  it('disables a rule and sees its events come back as unmapped, then discards', async () => {
    const unmappedBefore = await number('stat-unmapped');
    const kept = page.getByTestId('mapping-rule').last();
    await kept.getByTestId('rule-enabled').uncheck();
    await expect.poll(() => number('stat-unmapped')).toBe(unmappedBefore + 4);
    await expect.poll(() => giftCardGroup().count()).toBe(1);
    await page.getByTestId('mapping-discard').click();
    await expect.poll(() => number('stat-unmapped')).toBe(unmappedBefore);
  });
});
