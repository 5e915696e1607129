/**
 * Satisfaction in a real browser against a real `parcours serve`: a customer opens a signed
 * survey link on a phone, answers an NPS survey with a comment (keyboard and touch sized,
 * labelled for screen readers), and the team sees the answer counted on the touchpoint in the
 * dashboard; a tampered link is refused.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { type ServeProcess, startServe } from '../support/process.ts';
import { type ApiSession, giveSessionTo, setUpThroughApi } from '../support/session.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'parcours-feedback-'));
const SHOTS = join(tmpdir(), 'parcours-feedback-shots');
let server: ServeProcess;
let browser: Browser;
let session: ApiSession;
let touchpointId: string;
let link: string;

const shoot = async (page: Page, name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
};

beforeAll(async () => {
  if (!existsSync(join(process.cwd(), 'dist/web/index.html'))) {
    throw new Error('the web app is not built: run "npm run build:web" (npm test does it)');
  }
  server = await startServe(dataDir);
  session = await setUpThroughApi(server, {
    email: 'camille@example.com',
    workspaceName: 'Maison Lumière',
    template: 'ecommerce',
    lang: 'en',
  });
  const { model } = (await (
    await session.call('GET', `/api/v1/workspaces/${session.workspaceId}/model`)
  ).json()) as { model: { journeys: { touchpoints: { id: string; name: string }[] }[] } };
  touchpointId =
    model.journeys[0]?.touchpoints.find((t) => t.name === 'Satisfaction survey')?.id ?? '';
  const created = await session.call(
    'POST',
    `/api/v1/workspaces/${session.workspaceId}/feedback/surveys`,
    { name: 'NPS after delivery', kind: 'nps', target: { type: 'touchpoint', touchpointId } },
  );
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const links = await session.call(
    'POST',
    `/api/v1/workspaces/${session.workspaceId}/feedback/surveys/${id}/links`,
    { recipients: [{ userId: 'cust-42', lang: 'fr' }] },
  );
  const { links: issued } = (await links.json()) as { links: { url: string }[] };
  link = issued[0]?.url ?? '';
  expect(link).toMatch(/\/s\//);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('survey answered on a phone', () => {
  it('answers NPS with a comment through the signed link', async () => {
    const phone = await browser.newContext({
      locale: 'fr-FR',
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await phone.newPage();
    await page.goto(link);
    const scale = page.getByRole('group', { name: /Quelle est la probabilité/ });
    await expect.poll(() => scale.count()).toBe(1);
    expect(await page.getByRole('radio').count()).toBe(11);
    // Both ends of the scale are spelled out for screen readers.
    expect(await page.getByRole('radio', { name: '0 Pas du tout probable' }).count()).toBe(1);
    // Touch targets: at least 44 px high, and the page does not scroll sideways.
    const box = await page.locator('label.point').first().boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await shoot(page, '01-phone-survey');
    // Keyboard: focus the scale, move to 9 with the arrows.
    await page.getByRole('radio', { name: '8' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: '9' }).isChecked()).toBe(true);
    await page
      .getByLabel(/Quelle est la principale raison/)
      .fill('Livraison rapide, colis soigné.');
    await shoot(page, '02-phone-filled');
    await page.getByRole('button', { name: 'Envoyer' }).tap();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('Merci');
    await shoot(page, '03-phone-thanks');
    await phone.close();
  });

  it('refuses a tampered link', async () => {
    const page = await browser.newPage({ locale: 'fr-FR' });
    const response = await page.goto(`${link.slice(0, -6)}AAAAAA?score=0`);
    expect(response?.status()).toBe(400);
    expect(await page.getByRole('alert').innerText()).toContain('n’est pas valide');
    await page.close();
  });
});

describe('the answer in the dashboard', () => {
  it('is counted on its touchpoint, with its comment among the answers', async () => {
    const context = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: 1280, height: 900 },
    });
    await giveSessionTo(context, server, session);
    const page = await context.newPage();
    await page.goto(`${server.url}/w/${session.workspaceId}/feedback`);
    const row = page.locator(`[data-testid=measure-row][data-key="${touchpointId}"]`);
    await row.waitFor();
    expect(await row.locator('th').innerText()).toBe('Satisfaction survey');
    expect(await row.getByTestId('measure-n').innerText()).toBe('1 n < 30');
    expect(await row.getByTestId('measure-value').innerText()).toBe('+100');
    await page.getByTestId('breakdown-chart').locator('canvas').waitFor();
    await shoot(page, '04-dashboard');
    await page.getByTestId('feedback-tab-responses').click();
    const answer = page.getByTestId('response-row').filter({ hasText: 'Livraison rapide' });
    await answer.waitFor();
    expect(await answer.innerText()).toContain('cust-42');
    await shoot(page, '05-answers');
    await page.getByTestId('feedback-tab-surveys').click();
    await page.getByTestId('survey-row').first().waitFor();
    await shoot(page, '06-surveys');
    await page.getByTestId('new-survey').click();
    await page.getByTestId('survey-editor').waitFor();
    await shoot(page, '07-editor');
    await context.close();
  });
});
