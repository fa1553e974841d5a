import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, screenshot, signIn } from '../support/browser';
import { demoPlatform } from '../support/demo';
import { query } from '../support/platform';

const platform = demoPlatform({ browser: true });
const requestsNamed = async (name: string) =>
  (await query(platform.stack.databaseUrl, `select number from intake.service_request where customer_name = $1`, [name])).map((r) => r.number as string);

/**
 * The network drops the answer to the first `operation` the page sends: the request reaches the
 * gateway and is carried out, but the browser sees a failed fetch, as on a phone losing its signal.
 * Returns the Idempotency-Key of every such request sent.
 */
async function dropFirstAnswer(page: Page, operation: string): Promise<string[]> {
  const keys: string[] = [];
  await page.route('**/graphql', async (route) => {
    const request = route.request();
    if (request.method() !== 'POST' || request.postDataJSON()?.operationName !== operation) return route.continue();
    keys.push(request.headers()['idempotency-key']);
    if (keys.length > 1) return route.continue();
    await route.fetch();
    await route.abort('internetdisconnected');
  });
  return keys;
}

describe('a retry after a network error creates one thing', () => {
  it('on the public request form, on a phone', async () => {
    const name = `断网客户${Date.now() % 100_000}`;
    const page = await (await newContext(platform.browser, { phone: true })).newPage();
    await page.goto(`${platform.consoleUrl}p/acme/request`);
    const form = page.getByTestId('public-request-form');
    await form.getByLabel('客户姓名').fill(name);
    await form.getByLabel('联系电话').fill('13700003333');
    await form.getByLabel('产品型号').fill('XQG100 洗衣机');
    await form.getByLabel('问题描述').fill('脱水时剧烈晃动');
    const keys = await dropFirstAnswer(page, 'SubmitServiceRequest');

    await page.getByTestId('submit-public-request').click();
    // The customer sees the failure and simply presses the button again.
    await page.getByRole('alert').waitFor();
    await screenshot(page, 'public-request-network-error-phone');
    expect(await requestsNamed(name)).toHaveLength(1);
    await page.getByTestId('submit-public-request').click();
    await page.getByTestId('tracking-link').waitFor();

    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    const numbers = await requestsNamed(name);
    expect(numbers).toHaveLength(1);
    expect(await page.getByText(`已收到，受理单号 ${numbers[0]}`).count()).toBe(1);
  });

  it('on the agent’s intake form', async () => {
    const name = `重试客户${Date.now() % 100_000}`;
    const page = await (await newContext(platform.browser)).newPage();
    await signIn(page, platform.consoleUrl, 'agent@acme.test');
    await page.getByRole('menuitem', { name: '新建受理' }).click();
    const form = page.getByTestId('create-request-form');
    await form.getByLabel('客户姓名').fill(name);
    await form.getByLabel('联系电话').fill('13700004444');
    await form.getByLabel('产品型号').fill('KFR-72LW 柜机');
    await form.getByLabel('问题描述').fill('开机后不制冷');
    const keys = await dropFirstAnswer(page, 'CreateServiceRequest');

    await form.getByRole('button', { name: '提交受理' }).click();
    await expect.poll(() => keys.length).toBe(1);
    await expect.poll(() => requestsNamed(name)).toHaveLength(1);
    await form.getByRole('button', { name: '提交受理' }).click();
    await page.getByTestId('request-number').waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    const [number] = await requestsNamed(name);
    expect((await page.getByTestId('request-number').textContent())!.trim()).toBe(number);
    expect(await requestsNamed(name)).toHaveLength(1);
  });
});
