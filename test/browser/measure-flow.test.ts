/**
 * Issue 4's whole measuring flow in a real browser against a real server: a small CSV with one
 * bad row is imported through the web app, its events are mapped to a touchpoint of the map,
 * and a customer's timeline then shows them on the stage × channel grid.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from '../support/browser.ts';
import { type ServeProcess, startServe } from '../support/process.ts';
import { type ApiSession, giveSessionTo, setUpThroughApi } from '../support/session.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'parcours-measure-flow-'));
let server: ServeProcess;
let browser: Browser;
let page: Page;
let session: ApiSession;

const VISITS = [
  'customer,time,event,channel,store',
  'ada-1,2025-03-01 10:00:00,Boutique Visit,store,Lyon',
  'ada-1,2025-03-02 15:30:00,Boutique Visit,store,Paris',
  'bob-2,2025-03-03 11:00:00,Boutique Visit,store,Lyon',
  'eve-3,someday,Boutique Visit,store,Nice',
].join('\n');

beforeAll(async () => {
  if (!existsSync(join(process.cwd(), 'dist/web/index.html'))) {
    throw new Error('the web app is not built: run "npm run build:web" (npm test does it)');
  }
  server = await startServe(dataDir);
  session = await setUpThroughApi(server, {
    email: 'camille@example.com',
    workspaceName: 'Boutiques',
    template: 'ecommerce',
  });
  browser = await launchChromium();
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1360, height: 900 },
  });
  await giveSessionTo(context, server, session);
  page = await context.newPage();
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail')
    await screenshot(page, `flow-failed-${context.task.name.slice(0, 30)}`);
});

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('import → mapping → customer timeline', () => {
  it('imports a CSV through the web app and reports its one bad row', async () => {
    await page.goto(`${server.url}/w/${session.workspaceId}/imports`);
    await page.getByTestId('import-file').setInputFiles({
      name: 'visits.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(VISITS),
    });
    await page.getByTestId('import-preview').waitFor();
    await page.getByTestId('mapping-userId').selectOption('customer');
    await page.getByTestId('mapping-event').selectOption('event');
    await page.getByTestId('mapping-timestamp').selectOption('time');
    await page.getByTestId('start-import').click();
    await page.locator('[data-testid=import-result][data-status=done]').waitFor();
    expect(await page.getByTestId('count-imported').innerText()).toBe('3');
    expect(await page.getByTestId('count-refused').innerText()).toBe('1');
    expect(await page.locator('[data-testid=import-error][data-line="5"]').count()).toBe(1);
    await screenshot(page, 'flow-01-imported');
  });

  it('maps the imported events to a touchpoint of the map', async () => {
    await page.goto(`${server.url}/w/${session.workspaceId}/mapping`);
    const group = page.getByTestId('unmapped-group').filter({ hasText: 'Boutique Visit' });
    await expect.poll(() => group.count(), { timeout: 15_000 }).toBe(1);
    await group.getByTestId('map-to').click();
    const select = page.getByTestId('map-to-row').getByTestId('map-to-touchpoint');
    const option = select.locator('option:not([disabled])').first();
    await select.selectOption((await option.getAttribute('value')) ?? '');
    await page.getByTestId('map-to-row').getByTestId('map-to-create').click();
    const created = page.getByTestId('mapping-rule').last();
    await expect.poll(() => created.getByTestId('rule-matched').innerText()).toBe('3 events');
    await page.getByTestId('mapping-save').click();
    await page.getByTestId('mapping-saved').waitFor();
    await screenshot(page, 'flow-02-mapped');
  });

  it('shows the customer’s visits on the map grid and in the timeline', async () => {
    await page.goto(`${server.url}/w/${session.workspaceId}/customers`);
    await page.getByTestId('customer-search').fill('ada-1');
    await expect.poll(() => page.getByTestId('customer-row').count()).toBe(1);
    await page.getByTestId('customer-row').first().click();
    await page.getByTestId('timeline-grid').waitFor();
    await expect.poll(() => page.getByTestId('visit-badge').count()).toBe(2);
    const events = page.getByTestId('customer-event');
    expect(await events.count()).toBe(2);
    expect(await events.first().innerText()).toContain('Boutique Visit');
    expect(await events.first().locator('.visit-badge').count()).toBe(1);
    await screenshot(page, 'flow-03-timeline');
  });
});
