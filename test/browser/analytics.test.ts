/**
 * Journey analytics in a real browser against a real server and its simulated demo history
 * (300 customers): the funnel narrows stage by stage, the paths draw a Sankey and a process
 * map, conformance draws the channel-switch heatmap, the map's measured layer shows each
 * touchpoint's reach; a workspace without events says how to get some.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from '../support/browser.ts';
import { type ServeProcess, startServe } from '../support/process.ts';
import { type ApiSession, giveSessionTo, setUpThroughApi } from '../support/session.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'parcours-analytics-'));
let server: ServeProcess;
let browser: Browser;
let page: Page;
let session: ApiSession;
let demoId: string;

beforeAll(async () => {
  server = await startServe(dataDir);
  session = await setUpThroughApi(server, {
    email: 'camille@example.com',
    workspaceName: 'Atelier',
    template: 'ecommerce',
    lang: 'en',
  });
  const me = (await (await session.call('GET', '/api/v1/me')).json()) as {
    workspaces: { id: string; name: string }[];
  };
  demoId = me.workspaces.find((workspace) => workspace.name.startsWith('Demo'))?.id ?? '';
  expect(demoId).not.toBe('');
  browser = await launchChromium();
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1440, height: 1000 },
  });
  await giveSessionTo(context, server, session);
  page = await context.newPage();
});

// A failing step leaves a picture of what the browser showed.
afterEach(async (context) => {
  if (context.task.result?.state === 'fail') {
    await screenshot(page, `analytics-failed-${context.task.name.slice(0, 40)}`);
  }
});

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

const analyticsUrl = (workspaceId: string, query = '') =>
  `${server.url}/w/${workspaceId}/analytics${query}`;

/** A chart is drawn once ECharts has put its canvas in its box and finished animating. */
async function chartDrawn(testId: string) {
  const chart = page.getByTestId(testId);
  await chart.locator('canvas').first().waitFor();
  await page.locator(`[data-testid="${testId}"][data-drawn="true"]`).waitFor();
}

/** The analysis on screen is the one asked for last (no request still running). */
async function settled() {
  await page.locator('.analytics-result[aria-busy="true"]').waitFor({ state: 'detached' });
}

const whole = (text: string): number => Number(text.replace(/[^\d]/g, ''));

describe('journey analytics', () => {
  it('shows the funnel over every stage of the map, narrowing step by step', async () => {
    await page.goto(analyticsUrl(demoId));
    await chartDrawn('funnel-chart');
    const model = (await (
      await session.call('GET', `/api/v1/workspaces/${demoId}/model`)
    ).json()) as { model: { stages: { name: string }[] } };
    const rows = page.getByTestId('funnel-row');
    await expect.poll(() => rows.count()).toBe(model.model.stages.length);
    const counts = (await page.getByTestId('funnel-customers').allInnerTexts()).map(whole);
    expect(counts[0]).toBeGreaterThan(50);
    for (const [index, count] of counts.entries()) {
      if (index > 0) expect(count).toBeLessThanOrEqual(counts[index - 1] ?? 0);
    }
    expect(counts.at(-1)).toBeLessThan(counts[0] ?? 0);
    expect(await rows.first().innerText()).toContain(model.model.stages[0]?.name ?? '?');
    expect(whole(await page.getByTestId('stat-population').innerText())).toBeGreaterThan(0);
    await screenshot(page, 'analytics-01-funnel');

    // Settings live in the address: a link reopens the same analysis.
    await page.getByTestId('funnel-mode').getByRole('button', { name: 'Any order' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBe('any');
    await page.getByTestId('funnel-breakdown').selectOption('first-channel');
    await settled();
    await chartDrawn('breakdown-chart');
    expect(await page.getByTestId('breakdown-table').locator('tbody tr').count()).toBeGreaterThan(
      1,
    );
    await screenshot(page, 'analytics-02-breakdown');
    await page.reload();
    await chartDrawn('breakdown-chart');
    expect(await page.getByTestId('funnel-breakdown').inputValue()).toBe('first-channel');
  });

  it('draws the paths as a Sankey, a process map and a table of variants', async () => {
    await page.goto(analyticsUrl(demoId));
    await page.getByTestId('tab-paths').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('paths');
    await chartDrawn('sankey-chart');
    await chartDrawn('process-map');
    await expect.poll(() => page.getByTestId('variant-row').count()).toBeGreaterThan(3);
    const first = page.getByTestId('variant-row').first();
    expect(await first.locator('.path-chip').count()).toBeGreaterThan(0);
    await screenshot(page, 'analytics-03-paths');

    // The flows after one touchpoint.
    const anchor = page.getByTestId('sankey-anchor');
    const options = await anchor.locator('option').allInnerTexts();
    await anchor.selectOption({ label: options[1] ?? '' });
    await expect.poll(() => new URL(page.url()).searchParams.get('anchor')).not.toBeNull();
    await chartDrawn('sankey-chart');
    await screenshot(page, 'analytics-04-sankey-after-touchpoint');
    await page.getByTestId('paths-level').getByRole('button', { name: 'Stages' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('stage');
    await settled();
    await chartDrawn('process-map');
    await screenshot(page, 'analytics-05-paths-stages');
  });

  it('shows conformance: stages, the channel-switch heatmap and the switches', async () => {
    await page.goto(analyticsUrl(demoId, '?tab=conformance'));
    await chartDrawn('switch-heatmap');
    expect(await page.getByTestId('stage-table').locator('tbody tr').count()).toBeGreaterThan(5);
    await expect
      .poll(() => page.getByTestId('switch-table').locator('tbody tr').count())
      .toBeGreaterThan(0);
    await screenshot(page, 'analytics-06-conformance');
  });

  it('tells a workspace without events how to get some', async () => {
    await page.goto(analyticsUrl(session.workspaceId));
    const empty = page.getByTestId('analytics-empty');
    await empty.waitFor();
    expect(await empty.getByRole('link', { name: 'Import events' }).getAttribute('href')).toBe(
      `/w/${session.workspaceId}/imports`,
    );
    expect(await empty.getByRole('link', { name: /tracking API/ }).count()).toBe(1);
    await screenshot(page, 'analytics-07-empty');
  });
});

describe('measured layer of the map', () => {
  it('shows each touchpoint’s reach on its card and a colour scale', async () => {
    await page.goto(`${server.url}/w/${demoId}/map`);
    await page.getByTestId('journey-map').waitFor();
    await page.getByTestId('measured-toggle').click();
    await page.getByTestId('measured-legend').waitFor();
    const figures = page.getByTestId('measure-value');
    await expect.poll(() => figures.count()).toBeGreaterThan(10);
    const texts = await figures.allInnerTexts();
    const reaches = texts.filter((text) => /Reach\s*[\d,]+/.test(text)).map(whole);
    expect(reaches.length).toBeGreaterThan(5);
    expect(Math.max(...reaches)).toBeGreaterThan(10);
    expect(await page.locator('.tp-card.tp-measured').count()).toBe(await figures.count());
    await screenshot(page, 'analytics-08-measured-map', false);

    await page.getByTestId('measure-select').selectOption('onwardConversion');
    await expect.poll(() => figures.first().innerText()).toMatch(/Onward\s*(\d+(\.\d)?%|—)/);
    await screenshot(page, 'analytics-09-measured-conversion', false);

    // Satisfaction comes from the surveys' answers, per touchpoint.
    await page.getByTestId('measure-select').selectOption('satisfaction');
    await expect
      .poll(
        async () => (await figures.allInnerTexts()).filter((t) => /NPS|CSAT|CES/.test(t)).length,
      )
      .toBeGreaterThan(0);
    await screenshot(page, 'analytics-10-measured-satisfaction', false);
  });

  it('says so when the journey has no data', async () => {
    await page.goto(`${server.url}/w/${session.workspaceId}/map`);
    await page.getByTestId('journey-map').waitFor();
    await page.getByTestId('measured-toggle').click();
    await page.getByTestId('measured-empty').waitFor();
    expect(await page.getByTestId('measured-toggle').innerText()).toContain('no data');
    expect(await page.getByTestId('measure-value').count()).toBe(0);
  });
});
