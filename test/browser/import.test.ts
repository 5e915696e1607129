/**
 * Bulk import in a real browser against a real server: a small CSV with one bad row is
 * dropped on the page, its mapping adjusted, the import run to the end; the refused row is
 * shown with its line and column, and the file of rejected rows downloads.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from '../support/browser.ts';
import { type ServeProcess, startServe } from '../support/process.ts';
import { type ApiSession, giveSessionTo, setUpThroughApi } from '../support/session.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'parcours-import-browser-'));
let server: ServeProcess;
let browser: Browser;
let page: Page;
let session: ApiSession;

beforeAll(async () => {
  if (!existsSync(join(process.cwd(), 'dist/web/index.html'))) {
    throw new Error('the web app is not built: run "npm run build:web" (npm test does it)');
  }
  server = await startServe(dataDir);
  session = await setUpThroughApi(server, {
    email: 'camille@example.com',
    workspaceName: 'Atelier',
    template: 'ecommerce',
  });
  browser = await launchChromium();
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  await giveSessionTo(context, server, session);
  page = await context.newPage();
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail')
    await screenshot(page, `import-failed-${context.task.name.slice(0, 40)}`);
});

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

const ORDERS = [
  'client;when;what;channel;amount;note',
  'c1;2024-05-01 10:00:00;Product Viewed;web;10;first visit',
  'c2;2024-05-01 11:00:00;Order Completed;store;25.5;paid cash',
  'c3;next tuesday;Product Viewed;web;5;bad time',
  'c4;2024-05-02 09:00:00;Product Viewed;email;7;',
].join('\n');

describe('bulk import in the browser', () => {
  it('uploads a CSV and shows its preview with a suggested mapping', async () => {
    await page.goto(`${server.url}/w/${session.workspaceId}/imports`);
    await page.getByTestId('import-dropzone').waitFor();
    await expect.poll(() => page.getByTestId('imports-empty').isVisible()).toBe(true);
    await screenshot(page, 'import-01-empty');
    await page.getByTestId('import-file').setInputFiles({
      name: 'orders.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(ORDERS),
    });
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    expect(await preview.locator('tbody tr').count()).toBe(4);
    expect(await preview.locator('thead').innerText()).toContain('client');
    // No column is named like a customer id, an event name or a time: nothing guessed there.
    expect(await page.getByTestId('mapping-userId').inputValue()).toBe('');
    expect(await page.getByTestId('mapping-channel').inputValue()).toBe('channel');
  });

  it('takes the adjusted mapping and runs the import to the end', async () => {
    await page.getByTestId('mapping-userId').selectOption('client');
    await page.getByTestId('mapping-event').selectOption('what');
    await page.getByTestId('mapping-timestamp').selectOption('when');
    const note = page.locator('[data-testid=mapping-property][data-column=note]');
    await note.getByTestId('mapping-property-keep').uncheck();
    const amount = page.locator('[data-testid=mapping-property][data-column=amount]');
    expect(await amount.getByTestId('mapping-property-number').isChecked()).toBe(true);
    await screenshot(page, 'import-02-mapping');
    await page.getByTestId('start-import').click();
    const result = page.locator('[data-testid=import-result][data-status=done]');
    await result.waitFor();
    expect(await page.getByTestId('count-imported').innerText()).toBe('3');
    expect(await page.getByTestId('count-duplicates').innerText()).toBe('0');
    expect(await page.getByTestId('count-refused').innerText()).toBe('1');
    const error = page.locator('[data-testid=import-error][data-line="4"]');
    expect(await error.innerText()).toMatch(/^4\s+when\s+is not a date-time/);
    await screenshot(page, 'import-03-done');
  });

  it('downloads the rejected rows with their line, errors and original fields', async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-rejects').click(),
    ]);
    expect(file.suggestedFilename()).toBe('orders-rejected.csv');
    const text = readFileSync(await file.path(), 'utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('line,errors,client,when,what,channel,amount,note,raw');
    expect(lines[1]).toMatch(
      /^4,"when: is not a date-time .*",c3,next tuesday,Product Viewed,web,5,bad time,$/,
    );
    expect(lines).toHaveLength(2);
  });

  it('lists the import, and a second run of the file stores nothing twice', async () => {
    const rows = page.getByTestId('import-row');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByTestId('remap-import').click();
    await page.getByTestId('start-import').click();
    await page.locator('[data-testid=import-result][data-status=done]').waitFor();
    await expect.poll(() => page.getByTestId('count-duplicates').innerText()).toBe('3');
    expect(await page.getByTestId('count-imported').innerText()).toBe('0');
    await page.getByTestId('close-import').click();
    await page.getByTestId('import-dropzone').waitFor();
    await screenshot(page, 'import-04-history');
  });
});
