/**
 * The foundation end to end, as a person does it in a real browser against a
 * real `parcours serve`: create the owner from the console link, sign out and
 * in, create a second workspace, create and revoke an API key, switch language.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from '../support/browser.ts';
import { type ServeProcess, startServe } from '../support/process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'parcours-browser-'));
let server: ServeProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(join(process.cwd(), 'dist/web/index.html'))) {
    throw new Error('the web app is not built: run "npm run build:web" (npm test does it)');
  }
  server = await startServe(dataDir);
  browser = await launchChromium();
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 800 },
  });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

const PASSWORD = 'correct horse battery staple';

describe('foundation in the browser', () => {
  it('creates the owner from the setup link printed by the server', async () => {
    expect(server.setupUrl).toBeDefined();
    await page.goto(server.setupUrl ?? '');
    const form = page.getByTestId('setup-form');
    await form.locator('input[name=name]').fill('Camille Martin');
    await form.locator('input[name=email]').fill('camille@example.com');
    await form.locator('input[name=password]').fill(PASSWORD);
    await form.locator('input[name=workspaceName]').fill('Maison Dupont');
    await screenshot(page, '01-setup');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => page.getByTestId('workspace-switcher').inputValue()).not.toBe('');
    await expect.poll(() => page.locator('main').innerText()).toContain('Maison Dupont');
    await screenshot(page, '02-overview');
  });

  it('signs out and back in', async () => {
    await page.getByTestId('logout').click();
    await page.getByTestId('login-form').waitFor();
    const form = page.getByTestId('login-form');
    await form.locator('input[name=email]').fill('camille@example.com');
    await form.locator('input[name=password]').fill('wrong password here');
    await form.locator('button[type=submit]').click();
    await expect
      .poll(() => page.getByTestId('login-form').innerText())
      .toContain('Email or password is incorrect.');
    await screenshot(page, '03-login-error');
    await form.locator('input[name=password]').fill(PASSWORD);
    await form.locator('button[type=submit]').click();
    await page.getByTestId('workspace-switcher').waitFor();
  });

  it('creates a second workspace and switches to it', async () => {
    await page.getByTestId('workspace-switcher').selectOption('__new__');
    await page.getByTestId('new-workspace-name').fill('Boutique Lyon');
    await page.getByTestId('new-workspace-form').locator('button[type=submit]').click();
    await expect
      .poll(async () =>
        page.getByTestId('workspace-switcher').locator('option:checked').innerText(),
      )
      .toBe('Boutique Lyon');
    const options = await page.getByTestId('workspace-switcher').locator('option').allInnerTexts();
    expect(options).toEqual(expect.arrayContaining(['Maison Dupont', 'Boutique Lyon']));
  });

  it('creates an API key, shows it once, and revokes it', async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('key-form').waitFor();
    await page.getByTestId('key-name').fill('Website tracking');
    await page.getByTestId('key-kind').selectOption('write');
    await page.getByTestId('key-form').locator('button[type=submit]').click();
    const value = page.getByTestId('key-created-value');
    await value.waitFor();
    expect(await value.innerText()).toMatch(/^pk_[\w-]{32}$/);
    const row = page.getByTestId('key-row').filter({ hasText: 'Website tracking' });
    await expect.poll(() => row.getAttribute('data-status')).toBe('active');
    await screenshot(page, '04-key-created');

    await row.getByTestId('revoke-key').click();
    await page.getByTestId('confirm-revoke').click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('revoked');
    await screenshot(page, '05-key-revoked');

    // After a reload the value is gone for good.
    await page.reload();
    await page.getByTestId('keys-table').waitFor();
    expect(await page.getByTestId('key-created-value').count()).toBe(0);
  });

  it('switches the interface to French and remembers it', async () => {
    await page.getByTestId('lang-switcher').selectOption('fr');
    await expect.poll(() => page.getByTestId('nav-settings').innerText()).toBe('Paramètres');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.reload();
    await expect.poll(() => page.getByTestId('nav-settings').innerText()).toBe('Paramètres');
    await screenshot(page, '06-settings-fr');
  });
});
