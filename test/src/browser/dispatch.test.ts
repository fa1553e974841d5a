import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seedDemoData } from '@shouhou/deploy';
import { graphql, passwordToken, startTestStack, type TestStack } from '@shouhou/testing';
import { launchBrowser, newContext, screenshot, signIn } from '../support/browser';

let stack: TestStack;
let browser: Browser;
let consoleUrl: string;
const tokens: Record<string, string> = {};
const gql = async (user: string, q: string, variables?: Record<string, unknown>) =>
  graphql(stack.gatewayUrl, q, variables, (tokens[user] ??= await passwordToken(stack.idp.issuer, user)));

/**
 * 张伟's air-conditioner repair (in warranty): the seed assessed it, so it waits on the board for a
 * technician, beside his out-of-warranty fridge (field-service.test.ts takes that one through).
 */
let repair: { id: string; serviceRequestId: string; requestNumber: string };
let fridge: { id: string; requestNumber: string };

beforeAll(async () => {
  stack = await startTestStack(inject('adminDatabaseUrl'));
  await seedDemoData(stack.tooling, () => undefined);
  consoleUrl = `${stack.gatewayUrl}/`;
  browser = await launchBrowser();
  type Seeded = typeof repair & { customerName: string; productModel: string };
  const orders: Seeded[] = (await gql('dispatcher@acme.test', `{ workOrders(first: 20) { edges { node { id serviceRequestId requestNumber customerName productModel status } } } }`)).data.workOrders.edges
    .map((e: { node: Seeded }) => e.node);
  repair = orders.find((o) => o.customerName === '张伟' && o.productModel === 'KFR-35GW')!;
  fridge = orders.find((o) => o.customerName === '张伟' && o.productModel === 'BCD-450')!;
  expect(repair && fridge).toBeTruthy();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Opens the assessment of the queued request of `customer` and records it. */
async function assess(page: Page, customer: string, options: { emergency?: boolean; at?: [number, number] } = {}) {
  const row = page.getByTestId('queue-table').getByRole('row', { name: new RegExp(customer) });
  await row.getByRole('button').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('assess-form').waitFor();
  if (options.emergency) await dialog.getByTestId('assess-emergency').click();
  if (options.at) {
    await dialog.getByPlaceholder('纬度').fill(String(options.at[0]));
    await dialog.getByPlaceholder('经度').fill(String(options.at[1]));
  }
  await dialog.getByRole('button', { name: /评\s?估/ }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByTestId('unassigned-column').getByTestId('work-order-card').filter({ hasText: customer }).waitFor();
}

/** Toasts fade after a few seconds; a screenshot for people is taken once they have. */
async function settled(page: Page) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
}

const card = (page: Page, customer: string) => page.getByTestId('unassigned-column').getByTestId('work-order-card').filter({ hasText: customer });
/** One work order's card by its request number (张伟 has two on the board). */
const numbered = (page: Page, requestNumber: string) => page.getByTestId('unassigned-column').locator(`[data-testid="work-order-card"][data-number="${requestNumber}"]`);
const technician = (page: Page, name: string) => page.getByTestId('technicians-column').locator(`[data-testid="technician-card"][data-name="${name}"]`);

describe('dispatch (派单调度)', () => {
  it('lets the dispatcher assess, see why each technician is suggested, lose a race politely, auto-dispatch and drag a job onto a technician', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, consoleUrl, 'dispatcher@acme.test');
    await page.getByRole('menuitem', { name: '派单调度' }).click();
    await page.getByTestId('queue-table').getByRole('row', { name: /王强/ }).waitFor();
    await numbered(page, repair.requestNumber).waitFor();
    await numbered(page, fridge.requestNumber).waitFor();
    await technician(page, '李师傅').waitFor();
    await technician(page, '赵师傅').waitFor();

    // 王强's hotel fridge: an emergency with a location, so it goes to the top of the column.
    await assess(page, '王强', { emergency: true, at: [31.2286, 121.4503] });
    await expect.poll(() => page.getByTestId('unassigned-column').getByTestId('work-order-card').first().getAttribute('data-number')).toBe(
      await card(page, '王强').getAttribute('data-number'),
    );
    expect(await card(page, '王强').getByTestId('emergency-tag').count()).toBe(1);
    // Chen Jie's water heater has no address: nobody serves it.
    await assess(page, 'Chen Jie');

    // Suggestions for 张伟's repair in 张江: 李师傅 from 浦东 first, with the distance in the reason.
    await numbered(page, repair.requestNumber).getByTestId('suggest').click();
    const drawer = page.getByTestId('suggestions');
    const best = drawer.getByTestId('candidate').first();
    await best.waitFor();
    expect(await best.getAttribute('data-name')).toBe('李师傅');
    expect(await best.getByTestId('candidate-reason').textContent()).toMatch(/最近的合格技术员.*公里/);
    expect(await drawer.getByTestId('candidate').count()).toBe(2);
    await drawer.getByTestId('excluded-summary').getByText('所有技术员都在候选中').waitFor();
    await settled(page);
    await screenshot(page, 'dispatch-suggestions');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    await card(page, 'Chen Jie').getByTestId('suggest').click();
    await drawer.getByTestId('no-candidates').getByText('所有技术员都被排除了：2 位不服务该区域').waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // Another dispatcher assigns 王强's job while this one looks at the suggestions: a clear message, and the board reloads.
    await card(page, '王强').getByTestId('suggest').click();
    await drawer.getByTestId('candidate').first().waitFor();
    const wang = (await gql('dispatcher@acme.test', `{ workOrders(first: 20, status: UNASSIGNED) { edges { node { id version customerName } } } }`)).data.workOrders.edges
      .map((e: { node: { id: string; version: number; customerName: string } }) => e.node).find((o: { customerName: string }) => o.customerName === '王强');
    const taken = await gql('admin@acme.test', `mutation($id: ID!, $v: Int!) { assignWorkOrder(workOrderId: $id, version: $v) { technicianName } }`, { id: wang.id, v: wang.version });
    expect(taken.errors).toBeUndefined();
    await drawer.getByTestId('assign-best').click();
    await page.getByText('这张工单刚被其他人改动过，已刷新为最新状态，请再确认一次。').waitFor();
    await expect.poll(() => card(page, '王强').count()).toBe(0);
    await page.keyboard.press('Escape');

    // Auto-dispatch: both of 张伟's repairs go to 李师傅; Chen Jie's waits, and the dialog says why.
    await page.getByTestId('auto-dispatch').click();
    const result = page.getByTestId('auto-dispatch-result');
    await result.getByText('已派出 2 张工单').waitFor();
    expect(await result.getByTestId('auto-dispatch-unassigned').textContent()).toContain('2 位不服务该区域');
    await screenshot(page, 'dispatch-auto-result');
    await page.getByRole('dialog').getByRole('button', { name: /确\s?定/ }).click();

    const li = technician(page, '李师傅');
    await li.getByTestId('technician-job').filter({ hasText: repair.requestNumber }).waitFor();
    await li.getByTestId('technician-job').filter({ hasText: fridge.requestNumber }).waitFor();
    expect(await li.getByTestId('assignment-reason').first().textContent()).toMatch(/系统推荐：最近的合格技术员，有余量；\d+(\.\d)? 公里/);
    expect(await li.getByTestId('load-bar').textContent()).toContain('2/6');
    await expect.poll(() => numbered(page, fridge.requestNumber).count()).toBe(0);

    // 李娜's installation, assessed without a location, dragged onto 赵师傅 with a reason.
    await assess(page, '李娜');
    await card(page, '李娜').dragTo(technician(page, '赵师傅'));
    const reason = page.getByRole('dialog').filter({ hasText: '指定 赵师傅' });
    await reason.getByText('指定 赵师傅').waitFor();
    await reason.getByRole('button', { name: /指定 TA/ }).click();
    await reason.getByText('请说明为什么指定这位技术员').waitFor();
    await reason.getByTestId('assign-reason').fill('客户指定赵师傅，熟悉该小区');
    await reason.getByRole('button', { name: /指定 TA/ }).click();
    await reason.waitFor({ state: 'hidden' });
    const zhao = technician(page, '赵师傅');
    await zhao.getByTestId('technician-job').filter({ hasText: '李娜' }).waitFor();
    expect(await zhao.getByTestId('technician-job').filter({ hasText: '李娜' }).getByTestId('assignment-reason').textContent()).toContain('调度员指定：客户指定赵师傅');
    await expect.poll(() => card(page, '李娜').count()).toBe(0);

    // New requests reach the first column as intake records them.
    for (const [customerName, customerPhone, divisionCode, emergency] of [['周杰', '13711112222', '310104', true], ['吴敏', '13633334444', '310115', false]] as const) {
      const created = await gql('agent@acme.test', `mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { number } }`, {
        input: { customerName, customerPhone, productModel: 'BCD-450', problemDescription: '冰箱不制冷', channel: 'PHONE', category: 'REPAIR', divisionCode, address: '测试路 1 号', emergency, priority: emergency ? 'URGENT' : 'NORMAL' },
      });
      expect(created.errors).toBeUndefined();
      await page.getByTestId('queue-table').getByRole('row', { name: new RegExp(created.data.createServiceRequest.number) }).waitFor({ timeout: 15_000 });
    }
    // 周杰's is an emergency at intake: assessed, it goes to the top of the column.
    await assess(page, '周杰', { at: [31.1880, 121.4370] });
    expect(await page.getByTestId('unassigned-column').getByTestId('work-order-card').first().textContent()).toContain('周杰');
    expect(await card(page, '周杰').getByTestId('emergency-tag').count()).toBe(1);
    await page.mouse.move(0, 0);
    await settled(page);
    await screenshot(page, 'dispatch-board');

    // The technicians' profiles: 赵师傅 takes one more job a day.
    await page.getByTestId('technicians-column').getByRole('button', { name: /管理技术员/ }).click();
    const table = page.getByTestId('technicians-table');
    const zhaoRow = table.getByRole('row', { name: /赵师傅/ });
    await zhaoRow.waitFor();
    expect(await zhaoRow.textContent()).toMatch(/家用电器.*上海市.*2\/5/);
    await zhaoRow.getByRole('button', { name: /编辑/ }).click();
    const form = page.getByTestId('technician-form');
    await form.waitFor();
    expect(await form.getByTestId('technician-user').inputValue()).toBe('demo-tech-2');
    expect(await form.getByTestId('technician-regions').textContent()).toContain('上海市');
    await form.getByLabel('每日接单上限').fill('6');
    await screenshot(page, 'technician-edit');
    await page.getByRole('dialog').getByRole('button', { name: /保\s?存/ }).click();
    await page.getByText('已保存 赵师傅').waitFor();
    await expect.poll(() => zhaoRow.textContent()).toMatch(/2\/6/);

    // The board in English: the engine's reasons too.
    await page.getByRole('menuitem', { name: '派单调度' }).click();
    await page.getByTestId('user-menu').click();
    await page.getByText('English').click();
    await page.getByRole('heading', { name: 'Dispatch' }).waitFor();
    await expect.poll(() => technician(page, '李师傅').getByTestId('assignment-reason').first().textContent()).toMatch(/^Engine: nearest qualified technician with capacity; [\d.]+ km$/);
    await settled(page);
    await screenshot(page, 'dispatch-board-en');
    await page.getByTestId('user-menu').click();
    await page.getByText('中文').click();
    await context.close();
  });

  it('walks tech@acme.test through the job on a phone — accept, set off, arrive with the location, complete — and resolves the request', async () => {
    const context = await newContext(browser, { phone: true });
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 31.2036, longitude: 121.5905 });
    const page = await context.newPage();
    await signIn(page, consoleUrl, 'tech@acme.test');
    await expect.poll(() => page.getByTestId('stat-my-jobs').textContent()).toContain('2');
    await page.getByRole('button', { name: 'menu' }).click();
    await page.getByRole('menuitem', { name: '我的工单' }).click();
    const job = page.locator(`[data-testid="job-card"][data-number="${repair.requestNumber}"]`);
    await job.waitFor();
    expect(await job.textContent()).toMatch(/张伟.*13800138000.*KFR-35GW.*上海市 \/ 浦东新区.*市区.*张江路 88 弄.*制冷效果差/);
    expect(await job.getByTestId('job-call').getAttribute('href')).toBe('tel:13800138000');
    expect(await job.textContent()).toContain('在保');
    expect(await page.getByTestId('job-card').count()).toBe(2);
    expect(await page.getByTestId('my-jobs-count').textContent()).toBe('今天 2 单待处理');
    await screenshot(page, 'technician-jobs-phone');

    await job.getByTestId('job-number').click();
    const actions = page.getByTestId('next-actions');
    await actions.getByTestId('action-ACCEPT').waitFor();
    expect(await page.getByTestId('navigate').getAttribute('href')).toContain('https://uri.amap.com/marker?position=121.5907,31.2035');
    expect(await actions.getByRole('button').count()).toBe(2);
    await actions.getByTestId('action-ACCEPT').click();
    await actions.getByTestId('action-START_TRAVEL').waitFor();
    // Accepted: set off (or arrive straight away); on the way: arrive, or the visit failed.
    expect(await actions.getByRole('button').count()).toBe(3);
    await actions.getByTestId('action-START_TRAVEL').click();
    await actions.getByTestId('action-FAIL').waitFor();
    expect(await actions.getByTestId('action-START_TRAVEL').count()).toBe(0);
    await actions.getByTestId('action-ARRIVE').click();
    await page.getByText('已记录到达 · 已附上当前位置').waitFor();
    // On site: the work sheet, and completion below it; in warranty, nothing to pay and nothing to agree to.
    const completion = page.getByTestId('complete-card');
    await completion.waitFor();
    await page.getByTestId('service-report').waitFor();
    expect(await page.getByTestId('charges-card').getAttribute('data-agreement')).toBe('FREE');
    expect(await page.getByTestId('charges-free').textContent()).toBe('保内免费');
    expect(await page.getByTestId('charges-total').textContent()).toBe('¥0.00');
    expect(await actions.getByTestId('action-COMPLETE').count()).toBe(0);
    expect(await actions.getByTestId('action-FAIL').count()).toBe(1);
    expect(await page.getByTestId('work-order-timeline').textContent()).toMatch(/接单.*出发.*到达/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await settled(page);
    await screenshot(page, 'technician-job-phone');

    // The customer will confirm through their tracking link.
    await completion.getByTestId('complete-link').click();
    await actions.getByText('这张工单已结束，没有要做的步骤。').waitFor();
    expect(await page.getByTestId('confirmation-status').textContent()).toBe('待客户确认');
    await page.getByRole('link', { name: /返回我的工单/ }).click();
    await page.getByText('今天已完成').waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByText('English').click();
    await page.getByText('Done today').waitFor();
    // 张伟's fridge is still to do.
    expect(await page.getByTestId('my-jobs-count').textContent()).toBe('1 to do today');
    await settled(page);
    await screenshot(page, 'technician-jobs-phone-en');
    await page.getByTestId('user-menu').click();
    await page.getByText('中文').click();
    await context.close();

    // The agent sees the request resolved; the dispatcher sees the whole story on the work order.
    const agent = await (await newContext(browser)).newPage();
    await signIn(agent, consoleUrl, 'agent@acme.test');
    await agent.goto(`${consoleUrl}requests/${repair.serviceRequestId}`);
    await expect.poll(async () => {
      await agent.reload();
      await agent.getByTestId('request-status').waitFor();
      return agent.getByTestId('request-status').textContent();
    }, { timeout: 20_000 }).toBe('已解决');
    await agent.context().close();

    const dispatcher = await (await newContext(browser)).newPage();
    await signIn(dispatcher, consoleUrl, 'dispatcher@acme.test');
    await dispatcher.goto(`${consoleUrl}work-orders/${repair.id}`);
    const timeline = dispatcher.getByTestId('work-order-timeline');
    await timeline.getByText('完工', { exact: false }).first().waitFor();
    expect(await timeline.textContent()).toMatch(/评估.*系统派单.*接单.*出发.*到达.*完工/);
    expect(await dispatcher.getByTestId('work-order-technician').textContent()).toBe('李师傅');
    expect(await dispatcher.getByTestId('work-order-assignment').textContent()).toMatch(/最近的合格技术员/);
    await screenshot(dispatcher, 'work-order-in-warranty');
    await dispatcher.getByTestId('user-menu').click();
    await dispatcher.getByText('English').click();
    await expect.poll(() => dispatcher.getByTestId('work-order-assignment').textContent()).toMatch(/nearest qualified technician with capacity; [\d.]+ km/);
    await dispatcher.getByTestId('user-menu').click();
    await dispatcher.getByText('中文').click();
    await dispatcher.context().close();
  });
});
