/**
 * The journey map in a real browser against a real server: a consultant builds
 * a small map from scratch, reloads it, imports a touchpoint sheet with a bad
 * line, exports PNG and PDF; and the demo map reads at first start.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from '../support/browser.ts';
import { type ServeProcess, startServe } from '../support/process.ts';
import { type ApiSession, giveSessionTo, setUpThroughApi } from '../support/session.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'parcours-map-'));
let server: ServeProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let session: ApiSession;

beforeAll(async () => {
  server = await startServe(dataDir);
  session = await setUpThroughApi(server, {
    email: 'camille@example.com',
    workspaceName: 'Atelier',
    template: 'empty',
    lang: 'fr',
  });
  // A blank canvas: the default stages and channels go, so the map is built from nothing.
  const { model } = (await (
    await session.call('GET', `/api/v1/workspaces/${session.workspaceId}/model`)
  ).json()) as {
    model: { stages: { id: string }[]; channels: { id: string }[] };
  };
  const clear = [
    ...model.stages.map((s) => ({ op: 'stage.remove', id: s.id })),
    ...model.channels.map((c) => ({ op: 'channel.remove', id: c.id })),
  ];
  const cleared = await session.call(
    'POST',
    `/api/v1/workspaces/${session.workspaceId}/model/ops`,
    { ops: clear },
  );
  expect(cleared.status).toBe(200);
  browser = await launchChromium();
  context = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  await giveSessionTo(context, server, session);
  page = await context.newPage();
});

// A failing step leaves a picture of what the browser showed.
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

const mapUrl = () => `${server.url}/w/${session.workspaceId}/map`;
const cards = () => page.getByTestId('touchpoint-card');

async function typeName(testId: string, name: string) {
  const input = page.getByTestId(testId);
  await input.fill(name);
  await input.press('Enter');
}

describe('journey map editor', () => {
  it('builds a persona, two stages, two channels, three qualified touchpoints and a transition', async () => {
    await page.goto(`${server.url}/w/${session.workspaceId}/model`);
    await page.getByTestId('add-persona').click();
    const form = page.getByTestId('persona-form');
    await form.getByTestId('field-name').fill('Camille, citadine pressée');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => page.getByTestId('persona-row').count()).toBe(1);

    await page.goto(mapUrl());
    await page.getByTestId('create-journey').click();
    await page.getByTestId('journey-map').waitFor();
    for (const stage of ['Découverte', 'Achat']) {
      await page.getByTestId('add-stage').click();
      await typeName('new-stage-name', stage);
      await expect
        .poll(() => page.getByTestId('stage-header').allTextContents())
        .toEqual(expect.arrayContaining([expect.stringContaining(stage)]));
    }
    for (const channel of ['Site web', 'Magasin']) {
      await page.getByTestId('add-channel').click();
      await typeName('new-channel-name', channel);
      await expect
        .poll(() => page.getByTestId('channel-header').count())
        .toBe(channel === 'Site web' ? 1 : 2);
    }

    const names = ['Publicité Instagram', 'Fiche produit', 'Passage en caisse'];
    const cellsToUse = [0, 1, 3];
    for (const [i, name] of names.entries()) {
      await page
        .getByTestId('add-touchpoint')
        .nth(cellsToUse[i] ?? 0)
        .click();
      await typeName('new-touchpoint-name', name);
      await expect.poll(() => cards().count()).toBe(i + 1);
      const panel = page.getByTestId('touchpoint-panel');
      await panel.waitFor();
      await panel
        .getByTestId('field-performance')
        .selectOption(i === 2 ? 'irritant' : 'enchantment');
      await panel.getByTestId('field-emotion').selectOption(i === 2 ? '-2' : '2');
      if (i === 2) await panel.getByTestId('field-momentOfTruth').check();
      await expect
        .poll(() => cards().nth(i).getAttribute('data-performance'))
        .toBe(i === 2 ? 'irritant' : 'enchantment');
    }

    // Link the first touchpoint to the second.
    await cards().first().click();
    await page.getByTestId('link-touchpoint').click();
    await page
      .getByTestId('link-target-select')
      .selectOption({ label: 'Fiche produit · Achat · Site web' });
    await page.getByTestId('link-confirm').click();
    await expect.poll(() => page.getByTestId('transition-arrow').count()).toBe(1);
    await page.keyboard.press('Escape');
    await screenshot(page, 'map-01-built');

    await page.reload();
    await page.getByTestId('journey-map').waitFor();
    await expect
      .poll(() => cards().allTextContents())
      .toEqual(expect.arrayContaining(names.map((n) => expect.stringContaining(n))));
    expect(await page.getByTestId('transition-arrow').count()).toBe(1);
    expect(await page.getByTestId('stage-header').count()).toBe(2);
    expect(await page.getByTestId('channel-header').count()).toBe(2);
    expect(
      await page.locator('[data-testid=touchpoint-card][data-performance=irritant]').count(),
    ).toBe(1);
    await screenshot(page, 'map-02-reloaded');
  });

  it('imports a touchpoint sheet with one bad line and shows the error, importing nothing', async () => {
    await page.goto(`${server.url}/w/${session.workspaceId}/model`);
    const csv = [
      'Étape;Canal;Nom;Émotion',
      'Découverte;Magasin;Vitrine;1',
      'Achat;Site web;Paiement en ligne;7',
    ].join('\n');
    await page.getByTestId('import-touchpoints-file').setInputFiles({
      name: 'points.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    expect(await errors.innerText()).toMatch(/line 3, .*motion.*7/i);
    await screenshot(page, 'map-03-import-error');
    await page.goto(mapUrl());
    await expect.poll(() => cards().count()).toBe(3);
  });

  it('exports the map as PNG and as an A3 landscape PDF', async () => {
    const png = await download('export-png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBe(2400);
    expect(height).toBeGreaterThan(600);

    const pdf = await download('export-pdf');
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.match(/\/Type \/Page\b/g)?.length).toBe(1);
    expect(text).toContain('/MediaBox [0 0 1190.55 841.89]');
  });
});

describe('demo workspace', () => {
  it('shows the e-commerce demo map on a fresh install', async () => {
    const me = (await (await session.call('GET', '/api/v1/me')).json()) as {
      workspaces: { id: string; name: string }[];
    };
    const demo = me.workspaces.find((w) => w.name.startsWith('Demo'));
    expect(demo).toBeDefined();
    const wide = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: 1600, height: 1000 },
    });
    await giveSessionTo(wide, server, session);
    const demoPage = await wide.newPage();
    await demoPage.goto(`${server.url}/w/${demo?.id}/map`);
    await demoPage.getByTestId('journey-map').waitFor();
    await expect.poll(() => demoPage.getByTestId('touchpoint-card').count()).toBeGreaterThan(30);
    expect(await demoPage.getByTestId('transition-arrow').count()).toBeGreaterThan(20);
    await screenshot(demoPage, 'demo-map');
    await screenshot(demoPage, 'demo-map-viewport', false);
    await wide.close();
  });
});

async function download(testId: string): Promise<Buffer> {
  const menu = page.getByTestId('export-menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const path = await file.path();
  return readFileSync(path);
}
