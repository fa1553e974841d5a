import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { seedDemoData } from '@shouhou/deploy';
import { graphql, passwordToken, startTestStack, type TestStack } from '@shouhou/testing';
import { launchBrowser, newContext, screenshot, signIn } from '../support/browser';
import { demoRequest } from '../support/platform';

let stack: TestStack;
let browser: Browser;
let consoleUrl: string;
let acmeNumber: string;

beforeAll(async () => {
  stack = await startTestStack(inject('adminDatabaseUrl'));
  await seedDemoData(stack.tooling, () => undefined);
  consoleUrl = `${stack.gatewayUrl}/`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the console', () => {
  it('lets an acme agent record a request, find it, read it in both languages, and sign out', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, consoleUrl, 'agent@acme.test');
    await expect.poll(() => page.getByTestId('tenant-name').textContent()).toContain('Acme');
    await page.getByText('未结服务请求').waitFor();
    await page.getByTestId('incoming').getByText(/待首次响应/).waitFor();
    await screenshot(page, 'agent-home-zh');

    await page.getByRole('menuitem', { name: '新建受理' }).click();
    const form = page.getByTestId('create-request-form');
    await form.getByLabel('客户姓名').fill('浏览器客户');
    await form.getByLabel('联系电话').fill('not a phone');
    await form.getByLabel('产品型号').fill('KFR-72LW 柜机');
    await form.getByLabel('问题描述').fill('开机后不制冷，外机不转');
    await page.getByTestId('submit-request').click();
    await page.getByText('请输入有效的电话号码').waitFor();
    await screenshot(page, 'create-request-validation-zh');
    expect(await count('agent@acme.test', '浏览器客户')).toBe(0);

    await form.getByLabel('联系电话').fill('13912345678');
    await page.getByTestId('submit-request').click();
    const number = page.getByTestId('request-number');
    await number.waitFor();
    acmeNumber = (await number.textContent())!.trim();
    expect(acmeNumber).toMatch(/^SR-\d{8}-\d{4}$/);
    await page.getByTestId('first-response-countdown').waitFor();
    await screenshot(page, 'request-detail-zh');

    // The first response stops the clock and shows in the timeline.
    await page.getByTestId('action-ACKNOWLEDGE').click();
    await expect.poll(() => page.getByTestId('request-status').textContent()).toContain('已响应');
    await page.getByTestId('request-timeline').getByText('首次响应 → 已响应').waitFor();
    expect(await page.getByTestId('first-response-countdown').count()).toBe(0);
    await screenshot(page, 'request-acknowledged-zh');

    await page.getByRole('menuitem', { name: '服务请求' }).click();
    await page.getByTestId('request-search').fill(acmeNumber);
    await page.getByTestId('request-search').press('Enter');
    const row = page.getByTestId('request-table').getByRole('row', { name: new RegExp(acmeNumber) });
    await row.waitFor();
    await screenshot(page, 'request-list-zh');
    await row.getByRole('link', { name: acmeNumber }).click();
    await page.getByText('开机后不制冷，外机不转').waitFor();

    await page.getByTestId('user-menu').click();
    await page.getByText('English').click();
    await page.getByText('Problem', { exact: true }).waitFor().catch(async (error) => {
      await screenshot(page, 'failure-english');
      throw error;
    });
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en-US');
    await screenshot(page, 'request-detail-en');
    await page.reload();
    await page.getByText('Problem', { exact: true }).waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByText('中文').click();
    await page.getByText('问题描述').waitFor();

    await page.getByTestId('user-menu').click();
    await page.getByText('退出登录').click();
    await page.locator('#username').waitFor();
    await context.close();
  });

  it('recognises a known caller by phone number and fills in their name', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, consoleUrl, 'agent@acme.test');
    await page.getByRole('menuitem', { name: '新建受理' }).click();
    await page.getByTestId('caller-phone').fill('138 0013 8000');
    await page.getByTestId('caller-phone').blur();
    const known = page.getByTestId('known-caller');
    await known.waitFor();
    expect(await known.textContent()).toContain('老客户 张伟');
    expect(await page.getByTestId('create-request-form').getByLabel('客户姓名').inputValue()).toBe('张伟');
    await screenshot(page, 'known-caller');
    await known.getByRole('link').click();
    await page.getByText('客户档案：张伟').waitFor();
    await context.close();
  });

  it('shows a globex agent none of acme’s requests', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, consoleUrl, 'agent@globex.test');
    await page.goto(`${consoleUrl}requests`);
    await page.getByTestId('request-search').fill(acmeNumber ?? '浏览器客户');
    await page.getByTestId('request-search').press('Enter');
    await page.getByText('没有符合条件的服务请求').waitFor();
    expect(await page.getByTestId('request-table').getByText('浏览器客户').count()).toBe(0);
    await screenshot(page, 'globex-agent-search-empty');
    await context.close();
  });

  it('puts a new request in front of the acme dispatcher without a reload', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, consoleUrl, 'dispatcher@acme.test');
    await page.getByRole('menuitem', { name: '派单调度' }).click();
    await page.getByTestId('queue-table').waitFor();
    // Let the live connection subscribe before the request is made.
    await page.waitForTimeout(1000);

    const liveNumber = await createRequestAs('agent@acme.test', '实时客户');
    await page.getByTestId('queue-table').getByRole('row', { name: new RegExp(liveNumber) }).waitFor({ timeout: 15_000 });
    await screenshot(page, 'dispatcher-queue-live');
    await context.close();
  });

  it('shows an agent the requests another agent records, as they are recorded', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, consoleUrl, 'agent@acme.test');
    await page.getByRole('menuitem', { name: '服务请求' }).click();
    await page.getByTestId('request-table').waitFor();
    await page.waitForTimeout(1000);

    const number = await createRequestAs('admin@acme.test', '同事受理的客户');
    await page.getByText(`新的服务请求 ${number}`).waitFor({ timeout: 15_000 });
    await page.getByTestId('request-table').getByRole('row', { name: new RegExp(number) }).waitFor();
    await context.close();
  });

  it('lets the platform operator create and suspend a tenant', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, consoleUrl, 'ops@shouhou.test');
    await page.getByRole('menuitem', { name: '租户管理' }).click();
    await page.getByTestId('create-tenant').click();
    const form = page.getByTestId('tenant-form');
    await form.getByLabel('租户代码').fill('Bad Code');
    await form.getByLabel('名称').fill('华南维修中心');
    await page.getByRole('button', { name: /确\s?定/ }).click();
    await page.getByText('租户代码格式不正确').waitFor();
    await form.getByLabel('租户代码').fill('south-china');
    await page.getByRole('button', { name: /确\s?定/ }).click();
    const row = page.getByTestId('tenant-table').getByRole('row', { name: /south-china/ });
    await row.waitFor();
    await screenshot(page, 'ops-tenants');

    // The same code again: the server's conflict lands on the code field, in Chinese.
    await page.getByTestId('create-tenant').click();
    await form.getByLabel('租户代码').fill('south-china');
    await form.getByLabel('名称').fill('重复');
    await page.getByRole('button', { name: /确\s?定/ }).click();
    await form.getByText('租户代码已被使用').waitFor().catch(async (e) => {
      await screenshot(page, 'failure-conflict');
      throw e;
    });
    await page.getByRole('button', { name: /取\s?消/ }).click();

    await row.getByRole('button', { name: /停\s?用/ }).click();
    await page.getByLabel('原因').fill('合同到期');
    await page.getByRole('dialog').getByRole('button', { name: /停\s?用/ }).click();
    await row.getByText('已停用').waitFor();
    await context.close();
  });

  it('works at phone width for the agent', async () => {
    const context = await newContext(browser, { phone: true });
    const page = await context.newPage();
    await signIn(page, consoleUrl, 'agent@acme.test');
    await page.getByText('未结服务请求').waitFor();
    await screenshot(page, 'phone-home');
    await page.getByRole('button', { name: 'menu' }).click();
    await page.getByRole('menuitem', { name: '新建受理' }).click();
    await page.getByTestId('create-request-form').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(page, 'phone-create-request');
    await context.close();
  });
});

describe('a suspended company', () => {
  it('shows its users a clear page instead of the console', async () => {
    const ops = await passwordToken(stack.idp.issuer, 'ops@shouhou.test');
    const tenants = await graphql(stack.gatewayUrl, '{ tenants { id code } }', {}, ops);
    const globex = tenants.data.tenants.find((t: { code: string }) => t.code === 'globex');
    await graphql(stack.gatewayUrl, 'mutation($id: ID!) { suspendTenant(id: $id, reason: "欠费") { status } }', { id: globex.id }, ops);

    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(consoleUrl);
    await page.locator('#username').fill('agent@globex.test');
    await page.locator('#password').fill('demo');
    await page.locator('#kc-login').click();
    await page.getByText('企业已停用').waitFor();
    await screenshot(page, 'suspended-tenant');
    await context.close();
  });
});

async function count(user: string, search: string): Promise<number> {
  const token = await passwordToken(stack.idp.issuer, user);
  const r = await graphql(stack.gatewayUrl, `query($f: ServiceRequestFilter) { serviceRequests(first: 1, filter: $f) { totalCount } }`, { f: { search } }, token);
  return r.data.serviceRequests.totalCount;
}

/** Another user records a request through the API while the browser watches. */
async function createRequestAs(user: string, customerName: string): Promise<string> {
  const token = await passwordToken(stack.idp.issuer, user);
  const created = await graphql(
    stack.gatewayUrl,
    `mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { number } }`,
    { input: demoRequest({ customerName }) },
    token,
  );
  return created.data.createServiceRequest.number as string;
}
