import { Progress, Space, Tag, Timeline, Tooltip, Typography } from 'antd';
import { ThunderboltFilled } from '@ant-design/icons';
import { ApolloError, useQuery } from '@apollo/client';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage, fieldIssues } from '../api/errors';
import { ProductModelsQuery } from '../api/operations';
import { formatTime } from './labels';
import type { Exclusions, TechnicianDuty, WorkClockState, WorkingCalendar, WorkOrderStatus } from '../gql/graphql';

/** Work a technician is carrying, in the order it moves (on site, or through the depot until it is shipped back and confirmed). */
export const OPEN_STATUSES: WorkOrderStatus[] = ['ASSIGNED', 'ACCEPTED', 'EN_ROUTE', 'ON_SITE', 'RECEIVED', 'IN_REPAIR', 'QC_PASSED', 'SHIPPED'];
/** Work orders a dispatcher may (re)assign: never assigned, declined, or after a failed visit. */
export const ASSIGNABLE: WorkOrderStatus[] = ['UNASSIGNED', 'FAILED'];

const statusColor: Record<WorkOrderStatus, string> = {
  UNASSIGNED: 'orange', ASSIGNED: 'blue', ACCEPTED: 'cyan', EN_ROUTE: 'geekblue', ON_SITE: 'purple', RECEIVED: 'purple', IN_REPAIR: 'magenta', QC_PASSED: 'lime', SHIPPED: 'gold', COMPLETED: 'green', FAILED: 'red', CANCELLED: 'default',
};

export function WorkOrderStatusTag({ status }: { status: WorkOrderStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]} data-testid="work-order-status">{t(`workOrder.status.${status}`)}</Tag>;
}

export function EmergencyMark() {
  const { t } = useTranslation();
  return <Tag color="red" icon={<ThunderboltFilled />} data-testid="emergency-tag">{t('priority.emergency')}</Tag>;
}

type Localized = { zhCN: string; enUS: string };

/** The engine's (or the dispatcher's) reason in the reader's language. */
export function useLocalized() {
  const { i18n } = useTranslation();
  return (text?: Localized | null) => (text ? (i18n.language === 'en-US' ? text.enUS : text.zhCN) : '');
}

/** "3.2 km" / "3.2 公里", or "—" when a location is missing. */
export const distanceText = (t: TFunction, km?: number | null) => (km == null ? t('dispatch.noDistance') : t('dispatch.distance', { km: km.toFixed(1) }));

const EXCLUSION_KEYS = ['skill', 'region', 'unavailable', 'capacity', 'excluded'] as const;

/** Why the other technicians are not offered: "2 位技能不符，1 位今日已满". Empty when none were left out. */
export function exclusionText(t: TFunction, e?: Omit<Exclusions, '__typename'> | null): string {
  if (!e) return '';
  return EXCLUSION_KEYS.filter((k) => e[k] > 0).map((k) => t(`dispatch.excluded.${k}`, { count: e[k] })).join(t('dispatch.separator'));
}

export const exclusionCount = (e?: Omit<Exclusions, '__typename'> | null) => (e ? EXCLUSION_KEYS.reduce((n, k) => n + e[k], 0) : 0);

/**
 * A failed dispatch operation in words: CONFLICT has several causes that deserve their own sentence
 * (someone else changed the work order; no technician can take it; a step out of order).
 */
export function dispatchError(t: TFunction, error: unknown): string {
  if (errorCode(error) !== 'CONFLICT') return errorMessage(t, error);
  const text = error instanceof ApolloError ? error.graphQLErrors[0]?.message ?? '' : '';
  if (fieldIssues(error).some((i) => i.reason === 'charges_not_accepted')) return t('fieldWork.chargesNotAccepted');
  if (fieldIssues(error).some((i) => i.reason === 'charges_changed')) return t('fieldWork.chargesChanged');
  if (/someone else changed/.test(text)) return t('dispatch.conflict');
  if (/no technician can take/.test(text)) return t('dispatch.noCandidates');
  if (/already assessed|withdrawn/.test(text)) return t('dispatch.alreadyAssessed');
  if (/cannot be assigned/.test(text)) return t('dispatch.notAssignable');
  return t('dispatch.stepConflict');
}

/** Load against the daily capacity, green → orange → red as the day fills. */
export function LoadBar({ load, capacity, size = 'default' }: { load: number; capacity: number; size?: 'small' | 'default' }) {
  const { t } = useTranslation();
  const percent = capacity > 0 ? Math.min(100, Math.round((load / capacity) * 100)) : 100;
  const color = percent >= 100 ? '#ff4d4f' : percent >= 75 ? '#fa8c16' : '#52c41a';
  return (
    <Tooltip title={t('dispatch.loadTip', { load, capacity })}>
      <Progress percent={percent} size={size} strokeColor={color} format={() => t('dispatch.loadOf', { load, capacity })} data-testid="load-bar" />
    </Tooltip>
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who did it: "你", a technician's name, a system's own name (demo-seed, dispatch), or "a colleague" for another user. */
export function actorName(t: TFunction, actorId: string, me: string | undefined, names: Record<string, string>): string {
  if (actorId === me) return t('workOrder.you');
  if (actorId === 'customer') return t('workOrder.customer');
  return names[actorId] ?? (UUID.test(actorId) ? t('workOrder.colleague') : actorId);
}

type Event = { id: string; action: string; fromStatus?: WorkOrderStatus | null; toStatus: WorkOrderStatus; actorId: string; note?: string | null; at: string };

const SETBACK_EVENTS = ['DECLINE', 'QC_FAIL', 'CUSTOMER_DISPUTE_SERVICE'];

/** A work order's steps, oldest first; who did each when we know their name. */
export function WorkOrderTimeline({ events, names = {}, me }: { events: Event[]; names?: Record<string, string>; me?: string }) {
  const { t } = useTranslation();
  return (
    <Timeline
      data-testid="work-order-timeline"
      items={events.map((e) => ({
        key: e.id,
        color: e.toStatus === 'COMPLETED' && e.fromStatus !== 'COMPLETED' ? 'green' : e.toStatus === 'FAILED' || SETBACK_EVENTS.includes(e.action) ? 'red' : e.action === 'ESCALATED' ? 'orange' : e.toStatus === 'CANCELLED' ? 'gray' : 'blue',
        children: (
          <Space direction="vertical" size={0}>
            <Typography.Text strong>
              {t(`workOrder.action.${e.action}`, { defaultValue: e.action })}
              {e.fromStatus !== e.toStatus && ` → ${t(`workOrder.status.${e.toStatus}`)}`}
            </Typography.Text>
            <Typography.Text type="secondary">
              {formatTime(e.at)}
              {` · ${actorName(t, e.actorId, me, names)}`}
            </Typography.Text>
            {e.note && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{noteText(t, e.action, e.note)}</Typography.Text>}
          </Space>
        ),
      }))}
    />
  );
}

/** The catalog's product categories: the skills technicians are certified for. */
export function useCategories(): string[] {
  const { data } = useQuery(ProductModelsQuery, { variables: { search: null, includeInactive: true } });
  return [...new Set((data?.productModels ?? []).map((m) => m.productCategory))].sort();
}

/** A navigation link to a point: Amap's marker page opens the app on a phone (callnative), the map in a browser. */
export const navigationUrl = (p: { lat: number; lng: number }, name?: string) =>
  `https://uri.amap.com/marker?position=${p.lng},${p.lat}${name ? `&name=${encodeURIComponent(name)}` : ''}&callnative=1`;

/** A step's note as people read it: a reschedule's cause in words, instants in local time. */
function noteText(t: TFunction, action: string, note: string): string {
  const cause = action === 'RESCHEDULED' ? /^(CUSTOMER|COMPANY): /.exec(note) : null;
  return cause ? `${t(`fieldWork.causeShort.${cause[1]}`)}：${note.slice(cause[0].length)}` : readableNote(note);
}

/** A step's note with its instants (appointments: "2026-11-25T06:00:00.000Z – …") in local time. */
export const readableNote = (note: string) => note.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z/g, (iso) => formatTime(iso));

type Dated = { status: WorkOrderStatus; emergency: boolean; updatedAt: string; assessedAt: string };

/**
 * Today's jobs for a technician: everything still open, and what was finished or failed today;
 * emergencies first, then the furthest along, then the longest waiting.
 */
export function todaysJobs<T extends Dated>(orders: T[], now = new Date()): { open: T[]; finished: T[] } {
  const today = (iso: string) => new Date(iso).toDateString() === now.toDateString();
  const open = orders.filter((o) => OPEN_STATUSES.includes(o.status))
    .sort((a, b) => Number(b.emergency) - Number(a.emergency) || OPEN_STATUSES.indexOf(b.status) - OPEN_STATUSES.indexOf(a.status) || a.assessedAt.localeCompare(b.assessedAt));
  const finished = orders.filter((o) => (o.status === 'COMPLETED' || o.status === 'FAILED') && today(o.updatedAt)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { open, finished };
}

type Clock = { commitment: string; dueAt: string; state: WorkClockState; closedAt?: string | null };
const clockColor: Record<WorkClockState, string> = { RUNNING: 'blue', AT_RISK: 'orange', BREACHED: 'red', MET: 'green', MET_LATE: 'gold', CANCELLED: 'default' };

/** One of the work order's commitments (dispatch, arrival, repair): due when, or how it was kept. */
export function ClockTag({ clock }: { clock: Clock }) {
  const { t } = useTranslation();
  const what = t(`workOrder.clock.${clock.commitment}`, { defaultValue: clock.commitment });
  const open = clock.state === 'RUNNING' || clock.state === 'AT_RISK' || clock.state === 'BREACHED';
  return (
    <Tooltip title={open ? t('workOrder.clockDue', { what, at: formatTime(clock.dueAt) }) : t('workOrder.clockClosed', { what, at: formatTime(clock.closedAt ?? clock.dueAt), due: formatTime(clock.dueAt) })}>
      <Tag color={clockColor[clock.state]} data-testid={`clock-${clock.commitment}`}>
        {what} · {open ? `${t(`workOrder.clockState.${clock.state}`)} ${formatShort(clock.dueAt)}` : t(`workOrder.clockState.${clock.state}`)}
      </Tag>
    </Tooltip>
  );
}

/** "14:30" today, "11-25 14:30" another day. */
const formatShort = (iso: string) => {
  const d = new Date(iso);
  const time = formatTime(iso);
  return d.toDateString() === new Date().toDateString() ? time.slice(11) : time.slice(5);
};

/** The clocks worth showing: those still running (the one that matters now first). */
export const openClocks = <T extends Clock>(clocks: T[]) => clocks.filter((c) => c.state === 'RUNNING' || c.state === 'AT_RISK' || c.state === 'BREACHED');

const dutyColor: Record<TechnicianDuty, string> = { ON: 'green', DAY_OFF: 'default', LEAVE: 'orange' };

/** 在岗 / 休息 / 请假: whether the technician works today (in the company's zone), as the server says. */
export function DutyTag({ duty, board }: { duty: TechnicianDuty; board?: boolean }) {
  const { t } = useTranslation();
  return <Tag color={dutyColor[duty]} data-testid="technician-duty" style={{ marginInlineEnd: 0 }}>{t(board ? `dispatch.duty.${duty}` : `technicians.duty.${duty}`)}</Tag>;
}

/** The week worked, compactly: 每天, 周一至周六, 周一、三、五 (Every day, Mon–Sat, Mon, Wed, Fri). */
function weekdaysText(t: TFunction, weekdays: number[]): string {
  const days = [...weekdays].sort((a, b) => a - b);
  if (days.length === 7) return t('technicians.calendar.everyDay');
  const name = (d: number) => t(`technicians.calendar.day.${d}`);
  if (days.length >= 3 && days[days.length - 1] - days[0] === days.length - 1) return t('technicians.calendar.dayRange', { from: name(days[0]), to: name(days[days.length - 1]) });
  return t('technicians.calendar.dayList', { days: days.map(name).join(t('technicians.calendar.daySep')) });
}

/** "周一至周六 09:00–18:00": the days and the shift. */
export function shiftText(t: TFunction, calendar: Pick<WorkingCalendar, 'weekdays' | 'hours'>): string {
  return t('technicians.calendar.shift', { days: weekdaysText(t, calendar.weekdays), from: calendar.hours.from, to: calendar.hours.to });
}
