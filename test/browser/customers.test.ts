/**
 * Customers in a real browser against a real server with a simulated history: search a
 * customer, open the profile, see the journey drawn on the map's grid, export, erase → gone.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, SCREENSHOTS, screenshot } from '../support/browser.ts';
import { type ServeProcess, startServe } from '../support/process.ts';
import { type ApiSession, giveSessionTo, setUpThroughApi } from '../support/session.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'parcours-customers-'));
let server: ServeProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let session: ApiSession;
let demoId = '';

interface Listed {
  customers: { customerId: string; eventCount: number; traits: { email?: string } }[];
  total: number;
}

beforeAll(async () => {
  server = await startServe(dataDir);
  session = await setUpThroughApi(server, {
    email: 'camille@example.com',
    workspaceName: 'Atelier',
  });
  const me = (await (await session.call('GET', '/api/v1/me')).json()) as {
    workspaces: { id: string; name: string }[];
  };
  demoId = me.workspaces.find((w) => w.name.startsWith('Demo'))?.id ?? '';
  browser = await launchChromium();
  context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1440, height: 1000 },
    acceptDownloads: true,
  });
  await giveSessionTo(context, server, session);
  page = await context.newPage();
});

afterEach(async (test) => {
  if (test.task.result?.state === 'fail')
    await screenshot(page, `failed-${test.task.name.slice(0, 40)}`);
});

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

/** The identified customer with the most events: the richest timeline of the demo. */
async function busiestKnownCustomer(): Promise<{ id: string; email: string }> {
  const url = `/api/v1/workspaces/${demoId}/customers?search=%40example.com&sort=eventCount&limit=1`;
  const listed = (await (await session.call('GET', url)).json()) as Listed;
  const first = listed.customers[0];
  if (first?.traits.email === undefined) throw new Error('no identified customer in the demo');
  return { id: first.customerId, email: first.traits.email };
}

describe('customers', () => {
  it('finds a customer, shows their journey on the grid, exports and erases them', async () => {
    const { id, email } = await busiestKnownCustomer();
    await page.goto(`${server.url}/w/${demoId}/customers`);
    await expect
      .poll(() => page.getByTestId('customers-count').textContent())
      .toBe('300 customers');
    expect(await page.getByTestId('customer-row').count()).toBe(50);
    await screenshot(page, 'customers-list', false);

    // Typing part of the email in capitals still finds the one customer.
    await page.getByTestId('customer-search').fill(email.split('@')[0]?.toUpperCase() ?? '');
    await expect
      .poll(() => page.getByTestId('customers-count').textContent())
      .toMatch(/^1 customer matches/);
    await screenshot(page, 'customers-search', false);
    await page.getByTestId('customer-row').first().click();

    await page.waitForURL(`**/w/${demoId}/customers/${id}`);
    await expect.poll(() => page.getByTestId('customer-id').textContent()).toBe(id);
    const grid = page.getByTestId('timeline-grid');
    await grid.waitFor();
    const badges = await page.getByTestId('visit-badge').count();
    expect(badges).toBeGreaterThan(1);
    await expect.poll(() => page.getByTestId('visit-segment').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('customer-traits').textContent()).toContain(email);
    const rows = await page.getByTestId('customer-event').count();
    expect(rows).toBeGreaterThanOrEqual(badges);
    await screenshot(page, 'customer-profile');
    // Hovering a visit in the list brings it forward on the grid.
    const visitRows = page
      .getByTestId('customer-event')
      .filter({ has: page.locator('.visit-badge') });
    await visitRows.nth(2).hover();
    expect(await grid.locator('.visit-badge.is-focused').textContent()).toBe('3');
    await grid.screenshot({ path: join(SCREENSHOTS, 'customer-timeline.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('customer-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^parcours-customer-${id}-.*\\.json$`));
    const exported = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as {
      customerId: string;
      events: unknown[];
    };
    expect(exported.customerId).toBe(id);
    expect(exported.events).toHaveLength(rows);

    await page.getByTestId('erase-start').click();
    const confirm = page.getByTestId('erase-confirm');
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByTestId('erase-confirm-id').fill(id);
    await screenshot(page, 'customer-erase', false);
    await confirm.click();
    await expect
      .poll(() => page.getByTestId('erased-notice').textContent())
      .toContain(`Customer ${id} was erased: ${rows} events`);

    await page.getByRole('link', { name: 'Back to the customers' }).click();
    await page.getByTestId('customer-search').fill(email);
    await expect
      .poll(() => page.getByTestId('customers-count').textContent())
      .toMatch(/^0 customers match/);
    const gone = await session.call('GET', `/api/v1/workspaces/${demoId}/customers/${id}`);
    expect(gone.status).toBe(404);
  });

  it('merges a customer met on the same device into this one, then undoes it', async () => {
    const key = await session.call('POST', `/api/v1/workspaces/${demoId}/keys`, {
      name: 'site',
      kind: 'write',
    });
    const { secret } = (await key.json()) as { secret: string };
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const sent = await fetch(`${server.url}/v1/batch`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(`${secret}:`).toString('base64')}`,
      },
      body: JSON.stringify({
        batch: [
          {
            type: 'identify',
            userId: 'ana',
            anonymousId: 'family-tablet',
            traits: { name: 'Ana Silva' },
            timestamp: at,
          },
          {
            type: 'identify',
            userId: 'ana.work',
            anonymousId: 'family-tablet',
            traits: { name: 'Ana S.' },
            timestamp: at,
          },
        ],
      }),
    });
    expect(sent.status).toBe(200);
    const lookup = await session.call('GET', `/api/v1/workspaces/${demoId}/customers?userId=ana`);
    const ana = ((await lookup.json()) as Listed).customers[0]?.customerId ?? '';

    await page.goto(`${server.url}/w/${demoId}/customers/${ana}`);
    const conflict = page.getByTestId('identity-conflict');
    await expect.poll(() => conflict.textContent()).toContain('family-tablet');
    await page.getByTestId('merge-start').click();
    await page.getByTestId('merge-reason').fill('Same person: work and personal accounts');
    await screenshot(page, 'customer-merge', false);
    await page.getByTestId('merge-confirm').click();
    const merge = page.getByTestId('customer-merge');
    await expect.poll(() => merge.getAttribute('data-undone')).toBe('false');
    expect(await page.getByTestId('customer-identities').textContent()).toContain('ana.work');

    await page.getByTestId('merge-undo').click();
    await page.getByTestId('merge-undo-confirm').click();
    await expect.poll(() => merge.getAttribute('data-undone')).toBe('true');
    expect(await page.getByTestId('customer-identities').textContent()).not.toContain('ana.work');
    await screenshot(page, 'customer-merge-undone', false);
  });
});
