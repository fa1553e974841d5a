import type { ServiceRequest, ServiceRequestStatus } from '@shouhou/contracts';

type Locale = 'zh-CN' | 'en-US';

/** Whom a mail is written for: the company's language and the time zone its times are told in. */
export interface Reader {
  locale: Locale;
  timeZone: string;
}
export type Notice = 'RECEIVED' | 'ACKNOWLEDGED' | 'RESOLVED' | 'CANCELLED' | 'SLOTS_PROPOSED' | 'VISIT_BOOKED';

/** Which status changes a customer hears about by mail. */
export function noticeFor(status: ServiceRequestStatus): Notice | undefined {
  return status === 'ACKNOWLEDGED' || status === 'RESOLVED' || status === 'CANCELLED' ? status : undefined;
}

const zh: Record<Notice, string> = {
  RECEIVED: '我们已收到您的服务请求',
  ACKNOWLEDGED: '客服已受理您的服务请求',
  RESOLVED: '您的服务请求已处理完毕',
  CANCELLED: '您的服务请求已取消',
  SLOTS_PROPOSED: '请选择上门服务时间',
  VISIT_BOOKED: '上门服务时间已确定',
};
const en: Record<Notice, string> = {
  RECEIVED: 'We have received your service request',
  ACKNOWLEDGED: 'Your service request is being handled',
  RESOLVED: 'Your service request has been resolved',
  CANCELLED: 'Your service request was cancelled',
  SLOTS_PROPOSED: 'Please choose a time for our visit',
  VISIT_BOOKED: 'Your visit is booked',
};

/**
 * A customer notification. The request number in brackets lets a reply find its request even when
 * the mail client drops the threading headers.
 */
export function notification(notice: Notice, r: ServiceRequest, reader: Reader, company: string, trackingUrl: string, hotline: string | null, note?: string | null, details: string[] = []) {
  const { locale } = reader;
  const title = (locale === 'en-US' ? en : zh)[notice];
  const subject = `[${r.number}] ${title}`;
  const lines =
    locale === 'en-US'
      ? [
          `Dear ${r.customerName},`,
          '',
          `${title}: ${r.number}.`,
          ...(note ? [`Note: ${note}`] : []),
          ...details,
          notice === 'SLOTS_PROPOSED' ? `Choose one at ${trackingUrl}` : `Follow its progress at ${trackingUrl}`,
          ...(notice === 'RECEIVED' && r.firstResponseDueAt ? [`We will get back to you by ${formatTime(r.firstResponseDueAt, reader)}.`] : []),
          'Reply to this mail to add information to your request.',
          '',
          company + (hotline ? ` · ${hotline}` : ''),
        ]
      : [
          `${r.customerName} 您好：`,
          '',
          `${title}，受理单号 ${r.number}。`,
          ...(note ? [`说明：${note}`] : []),
          ...details,
          notice === 'SLOTS_PROPOSED' ? `请点击链接选择：${trackingUrl}` : `查看处理进度：${trackingUrl}`,
          ...(notice === 'RECEIVED' && r.firstResponseDueAt ? [`我们将于 ${formatTime(r.firstResponseDueAt, reader)} 前与您联系。`] : []),
          '直接回复本邮件即可补充信息。',
          '',
          company + (hotline ? ` · 服务热线 ${hotline}` : ''),
        ];
  return { subject, text: lines.join('\n') };
}

function formatTime(iso: string, { locale, timeZone }: Reader): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** The lines of a visit notice: the windows offered, or the time agreed and who is coming. */
export function visitDetails(notice: 'SLOTS_PROPOSED' | 'VISIT_BOOKED', visit: { slots: { start: string; end: string }[]; technician: string | null }, reader: Reader): string[] {
  const { locale } = reader;
  const windows = visit.slots.map((s) => `  · ${formatWindow(s, reader)}`);
  if (notice === 'SLOTS_PROPOSED') return [locale === 'en-US' ? 'We can come at:' : '可选的上门时间：', ...windows];
  const [slot] = visit.slots;
  const who = visit.technician ? (locale === 'en-US' ? `, technician ${visit.technician}` : `，技术员 ${visit.technician}`) : '';
  return [locale === 'en-US' ? `We will come ${formatWindow(slot, reader)}${who}.` : `上门时间：${formatWindow(slot, reader)}${who}。`];
}

function formatWindow(slot: { start: string; end: string }, { locale, timeZone }: Reader): string {
  const day = new Intl.DateTimeFormat(locale, { timeZone, month: 'long', day: 'numeric', weekday: 'short' }).format(new Date(slot.start));
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${day} ${time.format(new Date(slot.start))}–${time.format(new Date(slot.end))}`;
}
