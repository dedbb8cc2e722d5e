import { Decider } from '@app/event-store';

/**
 * 舆情快报 (002: 重大舆情 … 第一时间形成舆情快报，直报领导): raised by the platform to the county centre's leaders
 * when a grade II/I incident is assessed, or when a registered incident has stayed unassessed past the county's
 * window. One stream per timer: a second attempt finds the stream and decides nothing.
 */
export const FLASH_REPORT_RAISED = 'FlashReportRaised';
export const FLASH_REPORT_STREAM_TYPE = 'FlashReport';
export const flashReportStreamId = (timerId: string) => `flash-${timerId}`;

export type FlashReason = 'UNASSESSED' | 'MAJOR';

export interface FlashReportRaisedData {
  incidentId: string;
  countyId: string | null;
  timerId: string;
  reason: FlashReason;
  grade: string | null;
  /** When the incident was registered (UNASSESSED) or assessed (MAJOR). */
  since: string;
  at: string;
}

export type FlashCommand = { type: 'RaiseFlashReport'; report: FlashReportRaisedData };
export type FlashEvent = { type: typeof FLASH_REPORT_RAISED; data: FlashReportRaisedData };

export const flashReportDecider: Decider<FlashCommand, FlashEvent, { raised: boolean }> = {
  initialState: () => ({ raised: false }),
  evolve: () => ({ raised: true }),
  decide: (c, s) => (s.raised ? [] : [{ type: FLASH_REPORT_RAISED, data: c.report }]),
};
