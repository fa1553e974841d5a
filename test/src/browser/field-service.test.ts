import { beforeAll, describe, expect, it } from 'vitest';
import { demoPlatform } from '../support/demo';
import type { Page } from 'playwright-core';
import { graphql } from '@shouhou/testing';

import { newContext, screenshot, signIn } from '../support/browser';
import { eventually } from '../support/wait';

/**
 * Issue 6, "done when": the dispatcher auto-dispatches, the technician takes 张伟's out-of-warranty
 * fridge through on a phone — report, a part from the van, the charges the customer agrees to, the
 * customer's signature — and the request is resolved with its clocks closed; the customer chooses
 * the time of a visit on their tracking link.
 */
const demo = demoPlatform({ browser: true });
const gql = demo.gql;

type Seeded = { id: string; serviceRequestId: string; requestNumber: string; customerName: string; productModel: string };
/** 张伟's BCD-450 fridge, 800 days old: out of warranty, charged by the price list. */
let fridge: Seeded;
/** 张伟's air conditioner, in warranty: auto-dispatch takes it to 李师傅 too. */
let airConditioner: Seeded;

beforeAll(async () => {
  const orders: Seeded[] = (await gql('dispatcher@acme.test', `{ workOrders(first: 20) { edges { node { id serviceRequestId requestNumber customerName productModel } } } }`)).data.workOrders.edges
    .map((e: { node: Seeded }) => e.node);
  fridge = orders.find((o) => o.customerName === '张伟' && o.productModel === 'BCD-450')!;
  airConditioner = orders.find((o) => o.customerName === '张伟' && o.productModel === 'KFR-35GW')!;
  expect(fridge && airConditioner).toBeTruthy();
});


/** Toasts fade after a few seconds; a screenshot for people is taken once they have. */
async function settled(page: Page) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
}

/** acme is in Shanghai, and so are its people's phones and desks. */
const ZONE = 'Asia/Shanghai';
const inZone = (iso: string | number) => Object.fromEntries(
  new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]),
);

/** How the console names each state of a part line's stock. */
const RESERVATION_LABELS: Record<string, string> = { PENDING: '待配件服务确认', RESERVED: '已预留', BACKORDERED: '缺货待调拨', ISSUED: '已出库', RELEASED: '已释放' };

const fen = (amount: number) => `¥${(amount / 100).toFixed(2)}`;
const phoneWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** A finger drawing a stroke on the canvas: real touch events (pointerType "touch"), as on a phone. */
async function drawWithFinger(page: Page, selector: string, points: [number, number][]) {
  const pad = page.locator(selector);
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  const at = ([x, y]: [number, number]) => [{ x: box.x + x * box.width, y: box.y + y * box.height }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(points[0]) });
  for (const p of points.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(p) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

const WORK_ORDER = `query($id: ID!) { workOrder(id: $id) {
  status technicianName completedAt warrantyStatus signatureImage
  report { diagnosis actions labourMinutes }
  parts { sku quantity unitPrice source reservation }
  charges { chargeable total acceptedTotal acceptedAt acceptedBy lines { kind amount } }
  confirmation { status method signerName at }
  clocks { commitment dueAt state closedAt }
  timeline { action }
} }`;

describe('field service (上门服务)', () => {
  it('takes 张伟’s out-of-warranty fridge from auto-dispatch to the customer’s signature on a phone, and resolves the request', async () => {
    // The dispatcher auto-dispatches acme's queue: both of 张伟's repairs go to 李师傅.
    const desk = await (await newContext(demo.browser, { timeZone: ZONE })).newPage();
    await signIn(desk, demo.consoleUrl, 'dispatcher@acme.test');
    await desk.getByRole('menuitem', { name: '派单调度' }).click();
    await desk.getByTestId('unassigned-column').locator(`[data-testid="work-order-card"][data-number="${fridge.requestNumber}"]`).waitFor();
    await desk.getByTestId('auto-dispatch').click();
    await desk.getByTestId('auto-dispatch-result').getByText('已派出 2 张工单').waitFor();
    await desk.getByRole('dialog').getByRole('button', { name: /确\s?定/ }).click();
    const li = desk.getByTestId('technicians-column').locator('[data-testid="technician-card"][data-name="李师傅"]');
    await li.getByTestId('technician-job').filter({ hasText: fridge.requestNumber }).waitFor();
    await li.getByTestId('technician-job').filter({ hasText: airConditioner.requestNumber }).waitFor();
    await desk.context().close();

    // 李师傅 (tech@acme.test) on a 390-px phone, with the location allowed.
    const context = await newContext(demo.browser, { phone: true, timeZone: ZONE });
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 31.2036, longitude: 121.5905 });
    const page = await context.newPage();
    await signIn(page, demo.consoleUrl, 'tech@acme.test');
    await page.goto(`${demo.consoleUrl}my-jobs`);
    const job = page.locator(`[data-testid="job-card"][data-number="${fridge.requestNumber}"]`);
    await job.waitFor();
    expect(await job.getAttribute('data-model')).toBe('BCD-450');
    expect(await job.textContent()).toMatch(/过保.*张伟.*13800138000.*BCD-450.*张江路 88 弄 6 号 1201 室.*冰箱冷藏室不制冷/);
    expect(await job.getByTestId('job-call').getAttribute('href')).toBe('tel:13800138000');
    await job.getByTestId('job-number').click();

    const header = page.getByTestId('job-header');
    await header.waitFor();
    expect(await header.getByTestId('call-customer').getAttribute('href')).toBe('tel:13800138000');
    expect(await header.getByTestId('job-address').textContent()).toBe('张江路 88 弄 6 号 1201 室');
    expect(await header.getByTestId('job-problem').textContent()).toBe('冰箱冷藏室不制冷，压缩机频繁启动');
    expect(await header.textContent()).toContain('过保');
    expect(await header.getByTestId('appointment').textContent()).toBe('尚未预约');
    expect(await header.getByTestId('navigate').getAttribute('href')).toContain('position=121.5907,31.2035');

    // Accept, set off, arrive (checked in with the phone's location).
    const actions = page.getByTestId('next-actions');
    await actions.getByTestId('action-ACCEPT').click();
    await actions.getByTestId('action-START_TRAVEL').click();
    await actions.getByTestId('action-ARRIVE').click();
    await page.getByText('已记录到达 · 已附上当前位置').waitFor();
    await actions.getByTestId('complete-below').waitFor();

    // The service report with the labour.
    const report = page.getByTestId('service-report');
    await report.getByLabel('故障诊断').fill('压缩机启动电容失效，压缩机无法正常启动');
    await report.getByLabel('处理措施').fill('更换启动电容，试机 30 分钟制冷恢复正常');
    await report.getByLabel('工时').fill('45');
    await report.getByTestId('save-report').click();
    await page.getByText('服务报告已保存', { exact: true }).waitFor();

    // CAP-35 from the van, picked by searching the parts catalog: it fits the BCD-450, so it is marked.
    const parts = page.getByTestId('parts-card');
    await parts.getByTestId('part-select').click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    // The parts that fit the BCD-450 come first, marked, with what 李师傅's van holds of them.
    await options.first().locator('[data-testid="part-option"][data-fits="true"]').waitFor();
    await settled(page);
    await screenshot(page, 'technician-parts-picker-phone');
    await page.keyboard.type('CAP');
    const capOption = options.filter({ hasText: 'CAP-35' });
    expect(await capOption.locator('[data-testid="part-option"]').getAttribute('data-fits')).toBe('true');
    await capOption.click();
    await parts.getByText('车载库存').click();
    await parts.getByTestId('add-part').click();
    const line = parts.locator('[data-testid="part-line"][data-sku="CAP-35"]');
    await line.waitFor();
    expect(await line.textContent()).toContain('车载库存');
    // The line shows where its stock stands: pending until the parts service answers for it.
    const reservation = async () => (await gql('tech@acme.test', `query($id: ID!) { workOrder(id: $id) { parts { sku reservation } } }`, { id: fridge.id })).data.workOrder.parts[0].reservation;
    await expect.poll(async () => RESERVATION_LABELS[await reservation()] === (await line.getByTestId('part-reservation').textContent()), { timeout: 20_000 }).toBe(true);
    expect(await line.getByTestId('part-reservation').getAttribute('data-reservation')).toBe(await reservation());

    // The charges by the price list the technician's phone reads (call-out, labour in its steps) and the part at its catalog price.
    const prices = (await gql('tech@acme.test', `{ dispatchSettings { priceList { callOutFee labourPerHour labourStepMinutes } } }`)).data.dispatchSettings.priceList;
    const labour = Math.round(((Math.ceil(45 / prices.labourStepMinutes) * prices.labourStepMinutes) / 60) * prices.labourPerHour);
    const catalog = (await gql('tech@acme.test', `{ parts(search: "CAP-35") { edges { node { sku price } } } }`)).data.parts.edges;
    const capacitor = catalog.find((e: { node: { sku: string } }) => e.node.sku === 'CAP-35').node.price;
    const charges = page.getByTestId('charges-card');
    await expect.poll(() => charges.getByTestId('charges-total').textContent()).toBe(fen(prices.callOutFee + labour + capacitor));
    expect(await charges.getByTestId('charge-line').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')))).toEqual(['CALL_OUT', 'LABOUR', 'PART']);
    expect(await charges.getByTestId('charge-line').allTextContents()).toEqual([
      expect.stringMatching(new RegExp(`^上门费.*${fen(prices.callOutFee).replace('.', '\\.')}$`)),
      expect.stringMatching(new RegExp(`^人工费.*小时.*${fen(labour).replace('.', '\\.')}$`)),
      expect.stringMatching(new RegExp(`^压缩机启动电容.*CAP-35.*${fen(capacitor).replace('.', '\\.')}$`)),
    ]);
    // The customer has not agreed yet: completing waits for it.
    expect(await charges.getAttribute('data-agreement')).toBe('PENDING');
    expect(await charges.getByTestId('charges-agreement').textContent()).toContain('客户尚未同意费用');
    const completion = page.getByTestId('complete-card');
    await completion.getByTestId('complete-blocked').waitFor();
    expect(await completion.getByTestId('complete-signed').isDisabled()).toBe(true);
    expect(await phoneWidth(page)).toBeLessThanOrEqual(390);
    await settled(page);
    await screenshot(page, 'technician-worksheet-phone');

    // The customer agrees on the technician's phone, signs with a finger, and the technician completes.
    await charges.getByTestId('accept-charges').click();
    await expect.poll(() => charges.getAttribute('data-agreement')).toBe('ACCEPTED');
    await expect.poll(() => completion.getByTestId('complete-signed').isEnabled()).toBe(true);
    const stroke: [number, number][] = Array.from({ length: 24 }, (_, i) => [0.1 + i * 0.035, 0.5 + 0.25 * Math.sin(i / 2)]);
    await drawWithFinger(page, '[data-testid="signature-pad"]', stroke);
    await drawWithFinger(page, '[data-testid="signature-pad"]', [[0.55, 0.2], [0.6, 0.45], [0.65, 0.7], [0.7, 0.8]]);
    await expect.poll(() => completion.getByTestId('signature-pad').getAttribute('data-signed')).toBe('true');
    await completion.getByPlaceholder('客户姓名').fill('张伟');
    await settled(page);
    await screenshot(page, 'signature-pad-phone');
    await completion.getByTestId('complete-signed').click();
    await page.getByText('已完工，辛苦了').waitFor();
    await actions.getByText('这张工单已结束，没有要做的步骤。').waitFor();
    expect(await page.getByTestId('confirmation-status').textContent()).toBe('客户已确认');
    expect(await page.getByTestId('confirmation-method').textContent()).toBe('现场签名');
    expect(await phoneWidth(page)).toBeLessThanOrEqual(390);
    await context.close();

    // Through the API: the request is resolved, the charges were accepted, the customer signed, the clocks closed.
    await eventually(async () => (await gql('agent@acme.test', `query($id: ID!) { serviceRequest(id: $id) { status } }`, { id: fridge.serviceRequestId })).data.serviceRequest.status, (s) => s === 'RESOLVED', 20_000);
    const done = (await gql('dispatcher@acme.test', WORK_ORDER, { id: fridge.id })).data.workOrder;
    expect(done).toMatchObject({ status: 'COMPLETED', technicianName: '李师傅', warrantyStatus: 'OUT_OF_WARRANTY', report: { labourMinutes: 45 } });
    expect(done.parts).toEqual([expect.objectContaining({ sku: 'CAP-35', quantity: 1, unitPrice: capacitor, source: 'VAN' })]);
    expect(done.charges.chargeable).toBe(true);
    expect(done.charges.total).toBe(prices.callOutFee + labour + capacitor);
    expect(done.charges.acceptedTotal).toBe(done.charges.total);
    expect(done.charges.acceptedBy).toBe('ON_SITE');
    expect(done.charges.acceptedAt).toBeTruthy();
    expect(done.confirmation).toMatchObject({ status: 'CONFIRMED', method: 'SIGNATURE', signerName: '张伟' });
    expect(done.signatureImage).toMatch(/^data:image\/png;base64,/);
    const png = Buffer.from(done.signatureImage.split(',')[1], 'base64');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(300); // as wide as the phone's pad, not a placeholder pixel
    expect(done.timeline.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['ARRIVE', 'REPORT_SAVED', 'PART_ADDED', 'CHARGES_ACCEPTED', 'COMPLETE']));
    const clocks = new Map<string, { dueAt: string; state: string; closedAt: string | null }>(done.clocks.map((c: { commitment: string }) => [c.commitment, c]));
    expect([...clocks.keys()]).toEqual(expect.arrayContaining(['dispatch', 'arrival', 'repair']));
    for (const name of ['dispatch', 'arrival', 'repair']) {
      const clock = clocks.get(name)!;
      expect(clock.closedAt, name).toBeTruthy();
      expect(clock.state, name).toBe(Date.parse(clock.closedAt!) <= Date.parse(clock.dueAt) ? 'MET' : 'MET_LATE');
    }
    // The repair clock stopped when the job was completed.
    expect(Math.abs(Date.parse(clocks.get('repair')!.closedAt!) - Date.parse(done.completedAt))).toBeLessThan(5_000);

    // The dispatcher's work-order page: report, part, charges, the signature and the story.
    const dispatcher = await (await newContext(demo.browser, { timeZone: ZONE })).newPage();
    await signIn(dispatcher, demo.consoleUrl, 'dispatcher@acme.test');
    await dispatcher.goto(`${demo.consoleUrl}work-orders/${fridge.id}`);
    await dispatcher.getByTestId('signature-image').locator('img').waitFor();
    expect(await dispatcher.getByTestId('signature-image').locator('img').getAttribute('src')).toBe(done.signatureImage);
    expect(await dispatcher.getByTestId('confirmation-signer').textContent()).toBe('签名人：张伟');
    expect(await dispatcher.getByTestId('report-view').textContent()).toContain('压缩机启动电容失效');
    expect(await dispatcher.getByTestId('work-order-parts').getByTestId('part-reservation').textContent()).toBe(RESERVATION_LABELS[done.parts[0].reservation]);
    expect(await dispatcher.getByTestId('charges-card').getByTestId('charges-total').textContent()).toBe(fen(done.charges.total));
    expect(await dispatcher.getByTestId('charges-card').getAttribute('data-agreement')).toBe('ACCEPTED');
    expect(await dispatcher.getByTestId('work-order-timeline').textContent()).toMatch(/系统派单.*接单.*出发.*到达.*保存服务报告.*添加配件.*客户现场确认费用.*完工/);
    for (const name of ['arrival', 'repair']) expect(await dispatcher.getByTestId(`clock-${name}`).textContent()).toMatch(clocks.get(name)!.state === 'MET' ? /已达成/ : /超时完成/);
    await dispatcher.mouse.move(0, 0);
    await screenshot(dispatcher, 'work-order-detail');
    await dispatcher.context().close();
  }, 240_000);

  it('lets the customer choose one of the times the dispatcher offers on their tracking link, at phone width', async () => {
    // A customer's request through the public form: its tracking link shows no visit yet.
    const submitted = await graphql(demo.stack.gatewayUrl, `mutation($input: PublicServiceRequestInput!) { submitServiceRequest(tenantCode: "acme", input: $input) { number trackingToken trackingPath } }`, {
      input: { customerName: '周敏', customerPhone: '13611112222', productModel: 'KFR-35GW', problemDescription: '空调开机后不制冷', category: 'REPAIR', divisionCode: '310115', address: '张江路 100 号' },
    });
    expect(submitted.errors).toBeUndefined();
    const { number, trackingPath } = submitted.data.submitServiceRequest;
    const customer = await (await newContext(demo.browser, { phone: true, timeZone: ZONE })).newPage();
    await customer.goto(`${demo.stack.gatewayUrl}${trackingPath}`);
    await customer.getByTestId('tracking-number').getByText(number).waitFor();
    await customer.getByTestId('visit-not-planned').getByText('上门服务尚未安排').waitFor();

    // The dispatcher assesses it once dispatch has queued it.
    const requestId: string = (await gql('agent@acme.test', `query($s: String) { serviceRequests(first: 1, filter: { search: $s }) { edges { node { id } } } }`, { s: number })).data.serviceRequests.edges[0].node.id;
    await eventually(async () => (await gql('dispatcher@acme.test', `{ dispatchQueue(first: 100) { edges { node { serviceRequestId } } } }`)).data.dispatchQueue.edges,
      (edges: { node: { serviceRequestId: string } }[]) => edges.some((e) => e.node.serviceRequestId === requestId), 20_000);
    const assessed = await gql('dispatcher@acme.test', `mutation($input: AssessInput!) { assessWorkOrder(input: $input) { id } }`, {
      input: { serviceRequestId: requestId, visitType: 'ON_SITE', complexity: 'SIMPLE', location: { lat: 31.2050, lng: 121.5880 } },
    });
    expect(assessed.errors).toBeUndefined();
    const workOrderId: string = assessed.data.assessWorkOrder.id;

    // On the work-order page the dispatcher ticks two of the times offered and sends them to the customer.
    const dispatcher = await (await newContext(demo.browser, { timeZone: ZONE })).newPage();
    await signIn(dispatcher, demo.consoleUrl, 'dispatcher@acme.test');
    await dispatcher.goto(`${demo.consoleUrl}work-orders/${workOrderId}`);
    const panel = dispatcher.getByTestId('appointment-panel');
    const options = panel.getByTestId('slot-option');
    await options.first().waitFor();
    const offered = (await gql('dispatcher@acme.test', `query($id: ID!) { appointmentOptions(workOrderId: $id) { start end withinCommitment } }`, { id: workOrderId })).data.appointmentOptions;
    expect(await options.count()).toBe(offered.length);
    expect(await options.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-within')))).toEqual(offered.map((o: { withinCommitment: boolean }) => String(o.withinCommitment)));
    expect(await options.first().getByTestId('slot-commitment').textContent()).toBe(offered[0].withinCommitment ? '承诺时限内' : '超出承诺');
    await options.nth(0).click();
    await options.nth(1).click();
    await panel.getByTestId('propose-slots').click();
    await dispatcher.locator('.ant-message-notice').getByText('已发给客户 2 个时段').waitFor();
    await expect.poll(() => panel.getByTestId('offered-slot').count()).toBe(2);
    const labels = await panel.getByTestId('offered-slot').allTextContents();
    expect(await panel.getByTestId('appointment').getAttribute('data-status')).toBe('PROPOSED');
    await settled(dispatcher);
    await screenshot(dispatcher, 'work-order-appointment');

    // The customer sees the two times on their link and books the second.
    await customer.reload();
    const choose = customer.getByTestId('visit-choose-slot');
    await choose.waitFor();
    expect(await choose.getByTestId('visit-slot').allTextContents()).toEqual(labels);
    await choose.getByTestId('visit-slot').nth(1).click();
    expect(await choose.getByTestId('visit-slot').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-checked')))).toEqual(['false', 'true']);
    expect(await phoneWidth(customer)).toBeLessThanOrEqual(390);
    await screenshot(customer, 'tracking-visit-phone');
    await choose.getByTestId('visit-choose').click();
    await customer.getByTestId('visit-appointment').getByText(labels[1]).waitFor();
    expect(await customer.getByTestId('visit-choose-slot').count()).toBe(0);
    await screenshot(customer, 'tracking-visit-booked-phone');

    const booked = (await gql('dispatcher@acme.test', `query($id: ID!) { workOrder(id: $id) { appointment { status confirmedBy proposed { start } confirmed { start end } } timeline { action } } }`, { id: workOrderId })).data.workOrder;
    expect(booked.appointment).toMatchObject({ status: 'CONFIRMED', confirmedBy: 'CUSTOMER' });
    expect(booked.appointment.confirmed.start).toBe(booked.appointment.proposed[1].start);
    expect(booked.timeline.map((e: { action: string }) => e.action)).toContain('CUSTOMER_CHOOSE_SLOT');

    // The customer then asks to move it: the dispatcher reschedules for them, and the history says by how much the arrival clock paused.
    await dispatcher.reload();
    await expect.poll(() => panel.getByTestId('appointment').getAttribute('data-status')).toBe('CONFIRMED');
    expect(await dispatcher.getByTestId('work-order-timeline').textContent()).toContain('客户选定上门时间');
    await panel.getByTestId('reschedule').click();
    const dialog = dispatcher.getByRole('dialog');
    await dialog.getByLabel('新日期').click();
    const later = inZone(Date.parse(booked.appointment.confirmed.start) + 86_400_000);
    const day = `${later.year}-${later.month}-${later.day}`;
    const picker = dispatcher.locator('.ant-picker-dropdown:visible');
    await picker.locator('td[title]').first().waitFor();
    if ((await picker.locator(`td[title="${day}"]`).count()) === 0) await picker.locator('.ant-picker-header-next-btn').click();
    await picker.locator(`td[title="${day}"]`).click();
    await dialog.getByLabel('时段').click();
    await dispatcher.locator('.ant-select-dropdown:visible .ant-select-item-option[title="14:00–16:00"]').click();
    await dialog.getByText('客户要求（暂停上门计时）').click();
    await dialog.getByLabel('改约原因').fill('客户临时出差，推迟一天');
    await dialog.getByTestId('reschedule-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    const change = panel.getByTestId('appointment-change');
    await change.waitFor();
    const newTime = await change.locator('strong').textContent();
    const moved = (await gql('dispatcher@acme.test', `query($id: ID!) { workOrder(id: $id) { appointment { confirmed { start } changes { cause reason pausedMinutes } } } }`, { id: workOrderId })).data.workOrder.appointment;
    expect(moved.changes).toEqual([expect.objectContaining({ cause: 'CUSTOMER', reason: '客户临时出差，推迟一天' })]);
    expect(inZone(moved.confirmed.start)).toMatchObject({ year: later.year, month: later.month, day: later.day, hour: '14' });
    expect(await change.textContent()).toContain('客户原因');
    expect(await change.getByTestId('paused-minutes').textContent()).toBe(moved.changes[0].pausedMinutes > 0 ? `上门计时暂停 ${moved.changes[0].pausedMinutes} 分钟` : '照常计时');
    // Agreed: no more times to offer, only moving it with its cause.
    expect(await panel.getByTestId('slot-option').count()).toBe(0);
    await settled(dispatcher);
    await screenshot(dispatcher, 'work-order-rescheduled');
    await dispatcher.context().close();

    // The customer's link shows the new time.
    await customer.reload();
    await expect.poll(() => customer.getByTestId('visit-appointment').textContent()).toBe(newTime);
    expect(newTime).not.toBe(labels[1]);
    await customer.context().close();
  }, 180_000);
});
