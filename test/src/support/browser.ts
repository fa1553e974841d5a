import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');

/** Debian's chromium, headless, with the flags this machine's closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** A desktop (or, with `phone`, a 390-px touch phone) browser in Chinese; `timeZone` as the device's clock (the machine's by default). */
export async function newContext(browser: Browser, options: { phone?: boolean; timeZone?: string } = {}): Promise<BrowserContext> {
  return browser.newContext({
    ...(options.phone ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } : { viewport: { width: 1366, height: 860 } }),
    locale: 'zh-CN',
    ...(options.timeZone ? { timezoneId: options.timeZone } : {}),
  });
}

/** Opens the console and signs in on the identity provider's page, as a person would. */
export async function signIn(page: Page, consoleUrl: string, username: string, password = 'demo'): Promise<void> {
  await page.goto(consoleUrl);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.toString().startsWith(consoleUrl) && !url.searchParams.has('code'));
  await page.getByTestId('user-menu').waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  // Charts and toasts animate in; a person looks after they settle.
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
