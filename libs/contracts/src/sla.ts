import { z } from 'zod';
import { event, streamOf } from './rpc';

/** A deadline crossed its at-risk threshold or its due time. */
export const SlaAlert = z.object({
  deadlineId: z.string().uuid(),
  subjectId: z.string().uuid(),
  commitment: z.string(),
  dueAt: z.string(),
  commitmentVersion: z.number().int(),
  calendarVersion: z.string(),
});
export type SlaAlert = z.infer<typeof SlaAlert>;

/** `<service>.evt.sla.at-risk` and `<service>.evt.sla.breached`, on the service's own stream. */
export function slaEvents(service: string) {
  const stream = streamOf(service).name;
  return {
    atRisk: event(`${service}.evt.sla.at-risk`, stream, SlaAlert),
    breached: event(`${service}.evt.sla.breached`, stream, SlaAlert),
  } as const;
}
