import {
  DISCOVERY_CHANNEL_LABELS,
  ESCALATION_LABELS,
  FIELD_LABELS,
  GRADE_LABELS,
  IncidentEvent,
  IncidentEventType,
  IncidentReportedData,
  NATURE_LABELS,
  PLATFORM_LABELS,
} from '@app/incidents/domain';
import { NamedDecisionContext } from '@app/kernel';
import { specialReportDecider } from './special-report.decider';
import { DEFAULT_FLASH_ADDRESSEES, ReportKind, SpecialReportEvent } from './special-report.events';

/** What the 快报 timer knows when it fires: the incident as its log holds it, and the names of the units it names. */
export interface FlashPrefill {
  reportId: string;
  timerId: string;
  reason: 'UNASSESSED' | 'MAJOR';
  centreUnitId: string;
  /** The incident's events, oldest first (the first is its registration). */
  incident: readonly IncidentEvent[];
  unitNames: ReadonlyMap<string, string>;
  /** The county's window for assessing a registered incident (the UNASSESSED 快报's reason). */
  unassessedMinutes: number;
  /** The platform, acting for the centre: who the draft says wrote it. */
  context: NamedDecisionContext;
}

/** 2026-12-03 10:05 in Beijing time: how a paper to the leaders writes a moment. */
export function beijingMinute(iso: string): string {
  const b = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${Number(b.slice(5, 7))}月${Number(b.slice(8, 10))}日${b.slice(11, 16)}`;
}

/** A sentence ends with its stop: what a person typed may not. */
const sentence = (s: string) => (/[。！？.!?]$/.test(s.trim()) || !s.trim() ? s.trim() : `${s.trim()}。`);

/** The units the incident's tasks went to, in order, once each. */
export function unitsWorking(events: readonly IncidentEvent[]): string[] {
  return [
    ...new Set(events.flatMap((e) => (e.type === IncidentEventType.TaskAttached ? [e.data.unitId] : []))),
  ];
}

/**
 * The 快报 the platform drafts when its timer fires (002 重大舆情: 第一时间形成舆情快报，直报领导): what the log says
 * of the incident so far, in the five parts a 快报 has, for the centre to check, complete and have signed off. It
 * is a draft by the platform like any other: nothing reaches a leader until a person signs it off. Pure: the same
 * log gives the same words.
 */
export function prefilledFlashReport(f: FlashPrefill): SpecialReportEvent[] {
  const reported = f.incident[0]?.data as IncidentReportedData;
  const name = (id: string) => f.unitNames.get(id) ?? '有关单位';
  const assessed = [...f.incident].reverse().find((e) => e.type === IncidentEventType.Assessed);
  const spreadFigures = reported.spread;
  const where = `${PLATFORM_LABELS[reported.platform]?.zh ?? reported.platform}`;

  const summary =
    `${beijingMinute(reported.discoveredAt)}，经${DISCOVERY_CHANNEL_LABELS[reported.channel]?.zh ?? '监测'}，` +
    `${where}出现“${reported.title}”相关信息。` +
    (reported.excerpt.trim() ? `主要内容：${reported.excerpt.trim().slice(0, 2000)}` : '（原帖内容待补充）');

  const figures = [
    spreadFigures.posts && `发帖${spreadFigures.posts}条`,
    spreadFigures.reposts && `转发${spreadFigures.reposts}次`,
    spreadFigures.comments && `评论${spreadFigures.comments}条`,
    spreadFigures.views && `浏览${spreadFigures.views}次`,
    spreadFigures.mainstreamMediaPickups && `${spreadFigures.mainstreamMediaPickups}家主流媒体转载`,
  ].filter(Boolean);
  const spread =
    `首发于${where}` +
    (reported.urls.length ? `（${reported.urls.slice(0, 3).join('；')}）` : '') +
    `。登记时${figures.length ? figures.join('，') : '尚无传播数据'}。（请补充最新传播情况）`;

  const analysis =
    assessed?.type === IncidentEventType.Assessed
      ? `经研判，该舆情属${NATURE_LABELS[assessed.data.nature]?.zh ?? ''}，涉及${FIELD_LABELS[assessed.data.field]?.zh ?? '其他'}领域，` +
        `定为${GRADE_LABELS[assessed.data.grade]?.zh ?? assessed.data.grade}。` +
        `${sentence(assessed.data.reasoning.slice(0, 3000))}` +
        (assessed.data.indicators.length ? `（依据：${assessed.data.indicators.join('、')}）` : '')
      : `该舆情登记后已超过${f.unassessedMinutes}分钟仍未研判定级，性质和等级待研判。`;

  // The steps taken so far, in order; the rest of the log is no step (a regrading, a note) or is told below.
  const stepOf = (e: IncidentEvent): string | null => {
    if (e.type === IncidentEventType.Listed) return '已列入处置清单（列单）';
    if (e.type === IncidentEventType.WarningIssued)
      return `已发布${GRADE_LABELS[e.data.level]?.zh ?? e.data.level}预警，范围：${e.data.scope.slice(0, 200)}`;
    if (e.type === IncidentEventType.LinkageActivated)
      return `已启动“1+3+N”联动，由${name(e.data.leadUnitId)}牵头`;
    if (e.type === IncidentEventType.Escalated)
      return `已${e.data.to.map((t) => ESCALATION_LABELS[t]?.zh ?? t).join('、')}`;
    if (e.type === IncidentEventType.JointConferenceRecorded)
      return `${beijingMinute(e.data.heldAt)}召开联席会议`;
    return null;
  };
  const measures = f.incident.map(stepOf).filter((m): m is string => m !== null);
  const working = unitsWorking(f.incident);
  if (working.length) measures.push(`已向${working.map(name).join('、')}派单处置`);

  const suggestions =
    f.reason === 'UNASSESSED'
      ? ['立即组织研判定级', '持续监测网上传播态势，及时续报']
      : [
          '责成属地和主管部门核实情况、依法处置',
          '统一发布口径，及时回应社会关切',
          '持续监测网上传播态势，及时续报',
        ];

  return specialReportDecider.decide(
    {
      type: 'SaveSpecialReportDraft',
      context: f.context,
      draft: {
        reportId: f.reportId,
        kind: ReportKind.FLASH,
        prefilledBy: { timerId: f.timerId, reason: f.reason },
        incidentId: reported.incidentId,
        incidentTitle: reported.title,
        confidential: reported.confidential,
        unitId: f.centreUnitId,
        countyId: reported.countyId,
        title: `关于“${reported.title.slice(0, 60)}”的舆情快报`,
        summary,
        spread,
        analysis,
        measuresTaken: measures,
        suggestions,
        addressees: DEFAULT_FLASH_ADDRESSEES,
        copyUnitIds: [],
        copyNames: [],
      },
    },
    specialReportDecider.initialState(),
  );
}
