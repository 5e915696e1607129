/**
 * Prioritise & budget in a real browser against a real server: a marketing director edits a
 * weight and sees the matrix move, opens a point's formula, adds an action, solves the budget
 * plan, and exports the matrix as PNG and the plan as XLSX.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, SCREENSHOTS, screenshot } from '../support/browser.ts';
import { type ServeProcess, startServe } from '../support/process.ts';
import { type ApiSession, giveSessionTo, setUpThroughApi } from '../support/session.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'parcours-prioritise-'));
let server: ServeProcess;
let browser: Browser;
let page: Page;
let session: ApiSession;

interface Model {
  channels: { id: string; name: string }[];
  journeys: { state: string; touchpoints: { id: string; name: string }[] }[];
}

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await session.call(
    method,
    `/api/v1/workspaces/${session.workspaceId}${path}`,
    body,
  );
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return (await response.json()) as T;
}

beforeAll(async () => {
  server = await startServe(dataDir);
  session = await setUpThroughApi(server, {
    email: 'direction@example.com',
    workspaceName: 'Maison Lumière',
    template: 'ecommerce',
    lang: 'en',
  });
  const { model } = await api<{ model: Model }>('GET', '/model');
  const touchpoints = model.journeys.find((j) => j.state === 'current')?.touchpoints ?? [];
  const tp = (name: string) => touchpoints.find((t) => t.name.startsWith(name))?.id ?? '';
  const channel = (name: string) => model.channels.find((c) => c.name === name)?.id ?? null;
  const actions = [
    {
      name: 'One-page checkout',
      touchpointIds: [tp('Checkout')],
      channelId: channel('Website'),
      oneOffCents: 4_500_000,
      effort: 4,
      returns: { short: 22_000_000, medium: 6_000_000, long: 2_000_000 },
      status: 'planned',
    },
    {
      name: 'Post-purchase emails',
      touchpointIds: [tp('Order confirmation')],
      channelId: channel('Email'),
      oneOffCents: 600_000,
      recurringCents: 50_000,
      returns: { short: 1_500_000, medium: 4_500_000, long: 1_000_000 },
    },
    {
      name: 'Loyalty programme',
      touchpointIds: [tp('Loyalty')],
      oneOffCents: 6_000_000,
      recurringCents: 500_000,
      effort: 8,
      returns: { short: 2_000_000, medium: 26_000_000, long: 12_000_000 },
    },
  ];
  for (const action of actions) await api('POST', '/prioritise/actions', action);
  await api('PUT', '/prioritise/budget', {
    totalCents: 30_000_000,
    periodMonths: 12,
    horizonMode: 'objectives',
    manualWeights: { short: 0.5, medium: 0.3, long: 0.2 },
    objectiveHorizons: [],
    channels: [
      {
        channelId: channel('Website'),
        minCents: 5_000_000,
        maxCents: 15_000_000,
        returns: { short: 3.2, medium: 0.6, long: 0.1 },
      },
      {
        channelId: channel('Email'),
        minCents: 0,
        maxCents: 3_000_000,
        returns: { short: 4, medium: 1.5, long: 0.4 },
      },
    ],
  });
  browser = await launchChromium();
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1440, height: 1000 },
    acceptDownloads: true,
  });
  await giveSessionTo(context, server, session);
  page = await context.newPage();
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail')
    await screenshot(page, `failed-prioritise-${context.task.name.slice(0, 40)}`);
});

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

/** A picture of one part of the page, for people to look at. */
const shot = (locator: Locator, name: string) =>
  locator.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

const firstPoint = () => page.getByTestId('point-impact-feasibility').first();

async function download(testId: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return { name: file.suggestedFilename(), body: readFileSync(await file.path()) };
}

describe('prioritise & budget', () => {
  it('moves the matrix when a weight changes, and shows a point’s formula', async () => {
    await page.goto(`${server.url}/w/${session.workspaceId}/prioritise`);
    await page.getByTestId('chart-impact-feasibility').locator('canvas').first().waitFor();
    const id = await firstPoint().getAttribute('data-id');
    const point = page.locator(`[data-testid="point-impact-feasibility"][data-id="${id}"]`);
    const before = Number(await point.getAttribute('data-y'));
    await screenshot(page, 'prioritise-matrices', false);

    const importance = page.getByTestId('weight-touchpoint-importance');
    await importance.fill('100');
    await importance.press('Tab');
    await expect.poll(async () => Number(await point.getAttribute('data-y'))).not.toBe(before);
    await expect
      .poll(() => page.getByTestId('formula-touchpoint').textContent())
      .toContain('% × importance');

    await page.locator('.pr-data summary').first().click();
    await point.getByRole('button').click();
    const panel = page.getByTestId('selection-panel');
    await panel.waitFor();
    await expect.poll(() => panel.locator('tbody tr').count()).toBe(6);
    expect(await panel.getByTestId('open-in-map').getAttribute('href')).toContain(
      `/w/${session.workspaceId}/map?touchpoint=`,
    );
    await screenshot(page, 'prioritise-weights-moved', false);
    await shot(page.getByTestId('selection-panel'), 'prioritise-panel');
    await shot(page.getByTestId('matrix-importance-performance'), 'prioritise-ipa');
    await shot(page.getByTestId('matrix-value-effort'), 'prioritise-value-effort');

    await page.getByTestId('save-weights').click();
    await expect
      .poll(
        async () =>
          (await api<{ touchpoint: { importance: number } }>('GET', '/prioritise/weights'))
            .touchpoint.importance,
      )
      .toBe(100);

    // A click on a bubble opens that touchpoint: aim at the most isolated one.
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByTestId('matrix-impact-feasibility').getByLabel('Actions').uncheck();
    const rows = await page.getByTestId('point-impact-feasibility').evaluateAll((elements) =>
      elements.map((e) => ({
        x: Number(e.getAttribute('data-x')),
        y: Number(e.getAttribute('data-y')),
        name: e.querySelector('button')?.textContent ?? '',
      })),
    );
    const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
      Math.hypot(a.x - b.x, a.y - b.y);
    const loneliness = (p: { x: number; y: number }) =>
      Math.min(...rows.filter((q) => q !== p).map((q) => distance(p, q)));
    const target = [...rows].sort((a, b) => loneliness(b) - loneliness(a))[0];
    const chart = page.getByTestId('chart-impact-feasibility');
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!target || !box) throw new Error('no point to click');
    await page.waitForTimeout(600); // the chart's resize animation
    // The grid's margins and the axes' padded range (−0.05 … 1.05) from matrix-options.ts.
    await page.mouse.click(
      box.x + 64 + ((target.x + 0.05) / 1.1) * (box.width - 88),
      box.y + 24 + ((1.05 - target.y) / 1.1) * (box.height - 80),
    );
    await expect.poll(() => panel.locator('h2').textContent()).toBe(target.name);

    const png = await download('png-impact-feasibility');
    expect(png.name).toBe('parcours-impact-feasibility.png');
    expect(png.body.subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('adds an action through the form', async () => {
    await page.getByTestId('prioritise-tab-actions').click();
    await page.getByTestId('new-action').click();
    const form = page.getByTestId('action-form');
    await form.getByTestId('action-name').fill('Live chat on product pages');
    await form.getByTestId('touchpoint-picker').locator('input[type=search]').fill('chat');
    await form.getByTestId('touchpoint-picker').locator('input[type=checkbox]').first().check();
    await form.getByTestId('action-oneOff').fill('8 000');
    await form.getByTestId('action-returnShort').fill('70000');
    await screenshot(page, 'prioritise-action-form', false);
    await form.getByTestId('save-action').click();
    await expect.poll(() => page.getByTestId('action-row').count()).toBe(4);
    expect(await page.getByTestId('actions-table').textContent()).toContain(
      'Live chat on product pages',
    );
  });

  it('solves the budget plan and exports it as XLSX', async () => {
    await page.getByTestId('prioritise-tab-plan').click();
    await page.getByTestId('budget-total').fill('150000');
    await page.getByTestId('solve-plan').click();
    const plan = page.getByTestId('plan-view');
    await expect.poll(() => plan.getAttribute('data-status'), { timeout: 60_000 }).toBe('optimal');
    await page.getByTestId('chart-sensitivity').locator('canvas').first().waitFor();
    expect(await page.getByTestId('plan-action').count()).toBe(4);
    expect(
      await page.locator('[data-testid="plan-action"][data-decision="left-out"]').count(),
    ).toBeGreaterThan(0);
    expect(await page.getByTestId('plan-reason').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/Needs .+ left|maximum|Requires|tie/)]),
    );
    await screenshot(page, 'prioritise-plan');

    const file = await download('export-plan-xlsx');
    expect(file.name).toMatch(/^parcours-.+\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(file.body).buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Actions',
      'Channels',
      'Sensitivity',
    ]);
    expect(book.getWorksheet('Actions')?.rowCount).toBe(5);

    await page.getByTestId('prioritise-tab-matrices').click();
    const matrices = await download('export-matrices-xlsx');
    expect(matrices.body.subarray(0, 2).toString('ascii')).toBe('PK');
  });

  it('explains a budget too small for the channel minimums', async () => {
    await page.getByTestId('prioritise-tab-plan').click();
    await page.getByTestId('budget-total').fill('20000');
    await page.getByTestId('solve-plan').click();
    const conflict = page.getByTestId('plan-conflict');
    await conflict.waitFor({ timeout: 60_000 });
    expect(await conflict.textContent()).toContain('the minimum of Website');
    await screenshot(page, 'prioritise-infeasible', false);
  });
});
