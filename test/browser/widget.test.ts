/**
 * The embeddable widget in a real browser: a plain HTML page of another site (served by a tiny
 * static server on another port, so every call is cross-origin) carries one script tag with the
 * workspace write key; when the page tracks the trigger event, the survey opens, is answered
 * with the keyboard and a comment, and the answer is stored as an event of the workspace.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { type ServeProcess, startServe } from '../support/process.ts';
import { type ApiSession, setUpThroughApi } from '../support/session.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'parcours-widget-'));
const SHOTS = join(tmpdir(), 'parcours-feedback-shots');
let server: ServeProcess;
let site: Server;
let siteUrl: string;
let browser: Browser;
let session: ApiSession;

const shoot = async (page: Page, name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
};

/** A shop's help page: nothing of Parcours but the script tag and one tracking call. */
const shopPage = (parcoursUrl: string, writeKey: string) => `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Aide — Maison Lumière</title></head>
<body style="font-family: Georgia, serif; background: #faf7f2; margin: 2rem">
  <h1>Centre d'aide</h1>
  <p>Comment retourner un article ? Rendez-vous dans votre espace client…</p>
  <button id="read" type="button">J'ai lu cet article</button>
  <p id="answered"></p>
  <script src="${parcoursUrl}/widget.js" data-write-key="${writeKey}" data-user-id="cust-7" async></script>
  <script>
    document.getElementById('read').addEventListener('click', function () {
      window.parcoursFeedback.onAnswer(function (answer) {
        document.getElementById('answered').textContent = 'answered ' + answer.score;
      });
      window.parcoursFeedback.track('Help Article Viewed');
    });
  </script>
</body>
</html>`;

beforeAll(async () => {
  server = await startServe(dataDir);
  session = await setUpThroughApi(server, {
    email: 'camille@example.com',
    workspaceName: 'Maison Lumière',
    template: 'ecommerce',
    lang: 'en',
  });
  const ws = `/api/v1/workspaces/${session.workspaceId}`;
  const { model } = (await (await session.call('GET', `${ws}/model`)).json()) as {
    model: { journeys: { touchpoints: { id: string; name: string }[] }[] };
  };
  const touchpointId = model.journeys[0]?.touchpoints.find(
    (t) => t.name === 'Online help centre',
  )?.id;
  const survey = await session.call('POST', `${ws}/feedback/surveys`, {
    name: 'CES help centre',
    kind: 'ces',
    target: { type: 'touchpoint', touchpointId },
    triggerEvent: 'Help Article Viewed',
  });
  expect(survey.status).toBe(201);
  const key = await session.call('POST', `${ws}/keys`, { name: 'shop site', kind: 'write' });
  const { secret } = (await key.json()) as { secret: string };
  const html = shopPage(server.url, secret);
  site = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/aide`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
  server?.child.kill('SIGTERM');
  await server?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('feedback widget on another site', () => {
  it('opens on the trigger event and takes the answer', async () => {
    const page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1024, height: 720 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(siteUrl);
    await page.waitForFunction(() => 'parcoursFeedback' in window);
    await page.getByRole('button', { name: "J'ai lu cet article" }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').innerText()).toBe(
      'Maison Lumière m’a facilité la gestion de ma demande.',
    );
    expect(await dialog.getByRole('radio').count()).toBe(7);
    // The first score has the focus; the arrows choose.
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    expect(await dialog.getByRole('radio', { name: '6' }).isChecked()).toBe(true);
    await dialog
      .getByLabel(/Quelle est la principale raison/)
      .fill('Article clair, mais trop long.');
    await shoot(page, '08-widget-open');
    await dialog.getByRole('button', { name: 'Envoyer' }).click();
    await expect.poll(() => dialog.getByRole('status').first().innerText()).toContain('Merci');
    expect(await page.locator('#answered').innerText()).toBe('answered 6');
    await shoot(page, '09-widget-thanks');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('stored the answer as an event of the workspace, counted on the touchpoint', async () => {
    const response = await session.call(
      'GET',
      `/api/v1/workspaces/${session.workspaceId}/feedback/responses?kind=ces`,
    );
    const body = (await response.json()) as {
      total: number;
      responses: { score: number; comment: string; source: string; userId: string }[];
    };
    expect(body.total).toBe(1);
    expect(body.responses[0]).toMatchObject({
      score: 6,
      comment: 'Article clair, mais trop long.',
      source: 'widget',
      userId: 'cust-7',
    });
  });
});
