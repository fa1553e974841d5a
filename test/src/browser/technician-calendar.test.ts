import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { demoPlatform } from '../support/demo';
import { newContext, screenshot, signIn } from '../support/browser';

/**
 * Technicians' working calendars: the dispatcher gives 赵师傅 a Monday-to-Saturday week, a 09:00–18:00
 * shift and annual leave starting today; the technicians' table and the dispatch board say he is on
 * leave today, and the API returns the calendar as entered. A shift that ends before it starts is
 * refused on its field, and nothing is saved.
 */
const demo = demoPlatform({ browser: true });

const CALENDARS = `{ technicians { id userId name phone skills regions home { lat lng } dailyCapacity status dutyToday calendar { weekdays hours { from to } leave { from to reason } } } }`;
type Calendar = { weekdays: number[]; hours: { from: string; to: string }; leave: { from: string; to: string; reason: string }[] };
type Technician = { id: string; userId: string; name: string; phone: string; skills: string[]; regions: string[]; home: { lat: number; lng: number }; dailyCapacity: number; status: string; dutyToday: string; calendar: Calendar };
const zhao = async (): Promise<Technician> => {
  const result = await demo.gql('dispatcher@acme.test', CALENDARS);
  expect(result.errors).toBeUndefined();
  return result.data.technicians.find((x: Technician) => x.name === '赵师傅');
};

/** Today and the day after tomorrow on acme's clocks (Asia/Shanghai), as YYYY-MM-DD. */
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
const later = new Date(Date.parse(`${today}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);

/** Toasts fade after a few seconds; a screenshot for people is taken once they have. */
async function settled(page: Page) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
}

/** Types a value into an antd picker's input and confirms it, as a person typing would. */
async function typeInto(input: Locator, value: string) {
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(value);
  await input.press('Enter');
}

/** Closes whatever picker panel is still open by clicking the dialog's title (Escape would close the dialog). */
async function closePanels(page: Page) {
  await page.getByRole('dialog').locator('.ant-modal-title').click();
  await expect.poll(() => page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').count()).toBe(0);
}

const technicianCard = (page: Page, name: string) => page.getByTestId('technicians-column').locator(`[data-testid="technician-card"][data-name="${name}"]`);

describe('technician calendar (工作日历)', () => {
  it('lets the dispatcher set 赵师傅’s week, shift and leave; the table, the board and the API agree; a backwards shift is refused', async () => {
    const before = await zhao();
    expect(before.dutyToday).toBe('ON');
    expect(before.calendar.leave.every((l) => l.from > today)).toBe(true);

    const context = await newContext(demo.browser);
    const page = await context.newPage();
    await signIn(page, demo.consoleUrl, 'dispatcher@acme.test');
    await page.getByRole('menuitem', { name: '派单调度' }).click();
    await technicianCard(page, '赵师傅').waitFor();
    expect(await technicianCard(page, '赵师傅').getByTestId('technician-duty').count()).toBe(0);
    await page.getByTestId('technicians-column').getByRole('button', { name: /管理技术员/ }).click();

    const table = page.getByTestId('technicians-table');
    const zhaoRow = table.getByRole('row', { name: /赵师傅/ });
    await zhaoRow.waitFor();
    expect(await zhaoRow.getByTestId('technician-duty').textContent()).toBe('在岗');

    // 赵师傅 no longer works Sundays, works 09:00–18:00, and takes annual leave from today.
    await zhaoRow.getByRole('button', { name: /编辑/ }).click();
    const dialog = page.getByRole('dialog');
    const form = page.getByTestId('technician-form');
    await form.waitFor();
    const weekdays = form.getByTestId('technician-weekdays');
    expect(await weekdays.getByRole('checkbox', { checked: true }).count()).toBe(7);
    await weekdays.getByText('日', { exact: true }).click();
    expect(await weekdays.getByRole('checkbox', { name: '日', exact: true }).isChecked()).toBe(false);
    await typeInto(form.getByPlaceholder('上班', { exact: true }), '09:00');
    await typeInto(form.getByPlaceholder('下班', { exact: true }), '18:00');
    await closePanels(page);
    expect(await form.getByPlaceholder('上班', { exact: true }).inputValue()).toBe('09:00');
    expect(await form.getByPlaceholder('下班', { exact: true }).inputValue()).toBe('18:00');

    const rows = before.calendar.leave.length;
    await form.getByTestId('add-leave').click();
    await expect.poll(() => form.getByTestId('leave-row').count()).toBe(rows + 1);
    const leave = form.getByTestId('leave-row').last();
    await typeInto(leave.getByPlaceholder('开始日期'), today);
    await typeInto(leave.getByPlaceholder('结束日期'), later);
    await closePanels(page);
    expect(await leave.getByPlaceholder('开始日期').inputValue()).toBe(today);
    expect(await leave.getByPlaceholder('结束日期').inputValue()).toBe(later);
    await leave.getByTestId('leave-reason').fill('年假');
    expect(await leave.getByTestId('leave-reason').getAttribute('placeholder')).toBe('年假/病假/培训');
    expect(await leave.getByTestId('leave-range').count()).toBeGreaterThan(0);
    await form.getByTestId('add-leave').scrollIntoViewIfNeeded();
    await screenshot(page, 'technician-calendar');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await page.getByText('已保存 赵师傅').waitFor();
    await dialog.waitFor({ state: 'hidden' });

    // The table: on leave today, the new week and shift, and the leave.
    await expect.poll(() => zhaoRow.getByTestId('technician-duty').textContent()).toBe('请假');
    expect(await zhaoRow.getByTestId('technician-shift').textContent()).toBe('周一至周六 09:00–18:00');
    // Dates of this year without the year (12-30 至 2027-01-01 across New Year).
    const shown = (d: string) => (d.slice(0, 4) === today.slice(0, 4) ? d.slice(5) : d);
    expect(await zhaoRow.getByTestId('technician-leave').allTextContents()).toContain(`${shown(today)} 至 ${shown(later)} 年假`);
    await settled(page);
    await screenshot(page, 'technician-calendar-table');

    // The board: 赵师傅's card says he is on leave today, with his shift.
    await page.getByRole('menuitem', { name: '派单调度' }).click();
    const card = technicianCard(page, '赵师傅');
    await card.waitFor();
    await expect.poll(() => card.getByTestId('technician-duty').textContent()).toBe('今日请假');
    expect(await card.getByTestId('technician-shift').textContent()).toBe('09:00–18:00');
    expect(await technicianCard(page, '李师傅').getByTestId('technician-duty').count()).toBe(0);
    await page.mouse.move(0, 0);
    await screenshot(page, 'technician-calendar-board');
    await page.getByTestId('user-menu').click();
    await page.getByText('English').click();
    await expect.poll(() => card.getByTestId('technician-duty').textContent()).toBe('On leave today');
    await page.getByTestId('user-menu').click();
    await page.getByText('中文').click();
    await expect.poll(() => card.getByTestId('technician-duty').textContent()).toBe('今日请假');

    // The API returns what was entered.
    const saved = await zhao();
    expect(saved.dutyToday).toBe('LEAVE');
    expect(saved.calendar.weekdays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(saved.calendar.hours).toEqual({ from: '09:00', to: '18:00' });
    expect(saved.calendar.leave).toContainEqual({ from: today, to: later, reason: '年假' });
    expect(saved.calendar.leave).toHaveLength(rows + 1);
    // Nothing else of the profile changed.
    expect({ ...saved, dutyToday: undefined, calendar: undefined }).toEqual({ ...before, dutyToday: undefined, calendar: undefined });

    // A shift from 18:00 to 09:00: refused on its field, and nothing is saved.
    await page.getByTestId('technicians-column').getByRole('button', { name: /管理技术员/ }).click();
    await zhaoRow.getByRole('button', { name: /编辑/ }).click();
    await form.waitFor();
    expect(await form.getByPlaceholder('上班', { exact: true }).inputValue()).toBe('09:00');
    expect(await form.getByTestId('leave-row').count()).toBe(rows + 1);
    await typeInto(form.getByPlaceholder('上班', { exact: true }), '18:00');
    await typeInto(form.getByPlaceholder('下班', { exact: true }), '09:00');
    await closePanels(page);
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    const hoursError = form.getByTestId('technician-hours').getByText('下班时间要晚于上班时间');
    await hoursError.waitFor();
    await screenshot(page, 'technician-calendar-error');
    await dialog.getByRole('button', { name: /取\s?消/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await zhao()).calendar).toEqual(saved.calendar);

    // The server refuses it too, on the same field (the console maps `input.calendar.hours.to` onto it).
    const { id: _id, dutyToday: _duty, calendar, ...profile } = saved;
    const refused = await demo.gql('dispatcher@acme.test', `mutation($input: TechnicianInput!) { saveTechnician(input: $input) { id } }`, {
      input: { ...profile, calendar: { ...calendar, hours: { from: '18:00', to: '09:00' } } },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors[0].extensions.issues.map((i: { field: string }) => i.field)).toContain('input.calendar.hours.to');
    expect((await zhao()).calendar).toEqual(saved.calendar);
    await context.close();
  });
});
