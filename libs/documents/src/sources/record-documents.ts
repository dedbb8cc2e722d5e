import { beijingDay } from '@app/kernel';
import { BodyBlock, OfficialDocumentModel } from '../domain/official-document.model';

/**
 * The records' documents, as pure functions of what the records say: the same record and issue facts give the
 * same model (and so the same bytes). Each names its title, addressees, body and 版记 the way the seeds' offices
 * write such a paper (004 §二, §三, §五(二); 002 for the 12 h written feedback).
 */

/** Who issues, and the facts fixed at issue. */
export interface IssueFacts {
  issuerName: string;
  documentNumber: string | null;
  /** The moment of issue (ISO): 成文日期 and 印发日期 are its Beijing day. */
  issuedAt: string;
  /** 签发人: printed on documents sent up. */
  signer: string | null;
  classificationMark: string | null;
  urgencyMark: string | null;
  copyNumber: string | null;
  verificationCode: string | null;
}

const GRADE_WORDS: Record<string, string> = {
  I: 'I级（特别重大，红色）',
  II: 'II级（重大，橙色）',
  III: 'III级（较大，黄色）',
  IV: 'IV级（一般，蓝色）',
};
const gradeWords = (g: string | null) => (g ? (GRADE_WORDS[g] ?? g) : '未定级');

/** A moment in Beijing time as an office writes it: 2026年12月6日10时30分. */
export function beijingMoment(at: string | Date): string {
  // Beijing is UTC+8 all year: shift and read the UTC fields.
  const s = new Date(new Date(at).getTime() + 8 * 3_600_000).toISOString();
  return `${Number(s.slice(0, 4))}年${Number(s.slice(5, 7))}月${Number(s.slice(8, 10))}日${Number(s.slice(11, 13))}时${s.slice(14, 16)}分`;
}

/** Lines of free text as paragraphs (an office's text keeps its own breaks). */
const paragraphs = (text: string): BodyBlock[] =>
  text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ kind: 'paragraph', text: t }));

function frame(
  f: IssueFacts,
  format: 'FILE' | 'LETTER',
  parts: Pick<OfficialDocumentModel, 'title' | 'addressees' | 'body'> &
    Partial<Pick<OfficialDocumentModel, 'attachments' | 'copyTo' | 'note'>>,
  sentUp: boolean,
): OfficialDocumentModel {
  const day = beijingDay(new Date(f.issuedAt));
  return {
    format,
    copyNumber: f.copyNumber,
    classificationMark: f.classificationMark,
    urgency: f.urgencyMark,
    issuerMark: f.issuerName,
    documentNumber: f.documentNumber,
    signers: sentUp && f.signer ? [f.signer] : [],
    title: parts.title,
    addressees: parts.addressees,
    body: parts.body,
    attachments: parts.attachments ?? [],
    signature: f.issuerName,
    date: day,
    note: parts.note ?? null,
    copyTo: parts.copyTo ?? [],
    printing: format === 'LETTER' ? null : { by: f.issuerName, on: day },
    verificationCode: f.verificationCode,
    issuedAt: f.issuedAt,
  };
}

export interface LetterRecord {
  title: string;
  risk: string;
  level: string;
  scope: string;
  watchPoints: string;
  requestedMeasures: string;
  receiptDueAt: string | Date;
  recipientNames: string[];
}

/** 网络风险提示函 (004 §二(二)) in 信函格式: the risk, its level and scope, what to watch, what to do, when to sign. */
export function riskLetterDocument(l: LetterRecord, f: IssueFacts): OfficialDocumentModel {
  return frame(
    f,
    'LETTER',
    {
      title: `关于${l.title}的网络风险提示函`,
      addressees: l.recipientNames.join('、'),
      body: [
        ...paragraphs(l.risk),
        { kind: 'heading', level: 1, text: '一、风险等级和可能影响范围' },
        { kind: 'paragraph', text: `风险等级：${gradeWords(l.level)}。可能影响范围：${l.scope}。` },
        { kind: 'heading', level: 1, text: '二、需重点关注的事项' },
        ...paragraphs(l.watchPoints),
        { kind: 'heading', level: 1, text: '三、请采取的防范处置措施' },
        ...paragraphs(l.requestedMeasures),
        {
          kind: 'paragraph',
          text: `请于${beijingMoment(l.receiptDueAt)}前在平台签收本函，并按要求落实防范处置措施，有关情况及时反馈。`,
        },
        { kind: 'paragraph', text: '特此提示。' },
      ],
    },
    false,
  );
}

export interface DispatchRecord {
  incidentTitle: string;
  assigneeName: string;
  role: string;
  requirements: string;
  dispatchedAt: string | Date;
  dueAt: string | Date;
  hardDueAt: string | Date;
}

/**
 * 工作提示单 / 派单通知 (004 §五(二) 派单): the task as the unit receives it — its part (主办 or 协办), what is required,
 * and the deadlines (002: written feedback within 12 h for grade III and above, never later than 24 h).
 */
export function dispatchNoticeDocument(d: DispatchRecord, f: IssueFacts): OfficialDocumentModel {
  const role = d.role === 'LEAD' ? '主办' : '协办';
  const hardLimit =
    new Date(d.hardDueAt).getTime() > new Date(d.dueAt).getTime()
      ? `；确需延期的，须在时限前提出申请，最迟不晚于${beijingMoment(d.hardDueAt)}`
      : '';
  return frame(
    f,
    'FILE',
    {
      title: `关于做好「${d.incidentTitle}」处置工作的提示`,
      addressees: d.assigneeName,
      body: [
        {
          kind: 'paragraph',
          text: `经研判，现将「${d.incidentTitle}」的处置工作交你单位${role}办理。请接单后即在平台签收，按要求核实处置，并书面反馈办理情况。`,
        },
        { kind: 'heading', level: 1, text: '一、办理要求' },
        ...paragraphs(d.requirements),
        { kind: 'heading', level: 1, text: '二、办理时限' },
        {
          kind: 'paragraph',
          text: `请于${beijingMoment(d.dueAt)}前交单（书面反馈核查情况、处置措施和结果）${hardLimit}。逾期未交单的，将予以督办。`,
        },
      ],
      note: `（派单时间：${beijingMoment(d.dispatchedAt)}）`,
    },
    false,
  );
}

export interface SupervisionRecord {
  incidentTitle: string;
  assigneeName: string;
  role: string;
  requirements: string;
  dueAt: string | Date;
  content: string;
  replyDueAt: string | Date;
  automatic: boolean;
  supervisedAt: string | Date;
}

/** 督办通知单 (004 舆情督报): what is supervised, on which task, and by when the unit answers in writing. */
export function supervisionNoticeDocument(s: SupervisionRecord, f: IssueFacts): OfficialDocumentModel {
  const role = s.role === 'LEAD' ? '主办' : '协办';
  return frame(
    f,
    'FILE',
    {
      title: `关于督办「${s.incidentTitle}」处置工作的通知`,
      addressees: s.assigneeName,
      body: [
        {
          kind: 'paragraph',
          text: `你单位${role}的「${s.incidentTitle}」处置工单，办理时限为${beijingMoment(s.dueAt)}。${s.automatic ? '该工单已超过办理时限仍未交单，' : ''}现予督办。`,
        },
        { kind: 'heading', level: 1, text: '一、原派单要求' },
        ...paragraphs(s.requirements),
        { kind: 'heading', level: 1, text: '二、督办事项' },
        ...paragraphs(s.content),
        { kind: 'heading', level: 1, text: '三、回复要求' },
        {
          kind: 'paragraph',
          text: `请于${beijingMoment(s.replyDueAt)}前核实、解决并书面回复办理情况。逾期未回复的，将报告你单位主要负责同志。`,
        },
      ],
      note: `（督办时间：${beijingMoment(s.supervisedAt)}）`,
    },
    false,
  );
}

export interface HandInRecord {
  incidentTitle: string;
  dispatcherName: string;
  requirements: string;
  dueAt: string | Date;
  handedInAt: string | Date;
  factsFound: string;
  measures: string;
  result: string;
  evidence: string[];
  late: boolean;
}

/** 处置情况书面反馈 (002: within 12 h of the prompt), from the unit's hand-in, to the centre that dispatched it. */
export function writtenFeedbackDocument(h: HandInRecord, f: IssueFacts): OfficialDocumentModel {
  return frame(
    f,
    'FILE',
    {
      title: `关于「${h.incidentTitle}」处置情况的书面反馈`,
      addressees: h.dispatcherName,
      body: [
        {
          kind: 'paragraph',
          text: `按照派单要求（${h.requirements.replace(/[。\s]+$/, '')}），我单位对「${h.incidentTitle}」进行了核查处置，于${beijingMoment(h.handedInAt)}交单${h.late ? '（已超过办理时限）' : ''}。现将有关情况反馈如下：`,
        },
        { kind: 'heading', level: 1, text: '一、核查情况' },
        ...paragraphs(h.factsFound),
        { kind: 'heading', level: 1, text: '二、处置措施' },
        ...paragraphs(h.measures),
        { kind: 'heading', level: 1, text: '三、处置结果' },
        ...paragraphs(h.result),
        { kind: 'paragraph', text: '特此报告。' },
      ],
      attachments: h.evidence,
    },
    true,
  );
}

export interface SpecialReportRecord {
  title: string;
  year: number;
  number: number;
  summary: string;
  analysis: string;
  suggestions: string[];
  addressees: string;
  copyNames: string[];
}

/** A paper to the leaders in numbered parts (一、二、…): each part its heading, then its paragraphs or numbered lines. */
function reportToLeadersDocument(
  r: SpecialReportRecord,
  f: IssueFacts,
  paper: string,
  parts: [heading: string, blocks: BodyBlock[]][],
): OfficialDocumentModel {
  return frame(
    f,
    'FILE',
    {
      title: r.title,
      addressees: r.addressees,
      body: parts.flatMap(([heading, blocks]): BodyBlock[] => [
        { kind: 'heading', level: 1, text: heading },
        ...blocks,
      ]),
      copyTo: r.copyNames,
      note: `（${paper}${r.year}年第${r.number}期）`,
    },
    true,
  );
}

const numbered = (lines: string[]) =>
  lines.map((s, i): BodyBlock => ({ kind: 'paragraph', text: `${i + 1}. ${s}` }));

/** 舆情专报 (004 §三(三)): 事件概况, 研判分析, 处置建议, to the county's leaders, copied to the units concerned. */
export function specialReportDocument(r: SpecialReportRecord, f: IssueFacts): OfficialDocumentModel {
  return reportToLeadersDocument(r, f, '舆情专报', [
    ['一、事件概况', paragraphs(r.summary)],
    ['二、研判分析', paragraphs(r.analysis)],
    ['三、处置建议', numbered(r.suggestions)],
  ]);
}

export interface FlashReportRecord extends SpecialReportRecord {
  spread: string;
  measuresTaken: string[];
}

/**
 * 舆情快报 (002 重大舆情: 第一时间形成舆情快报，直报领导): 事件概况, 传播情况, 研判分析, 已采取措施, 下步建议, straight to
 * the leaders in charge and the city office.
 */
export function flashReportDocument(r: FlashReportRecord, f: IssueFacts): OfficialDocumentModel {
  return reportToLeadersDocument(r, f, '舆情快报', [
    ['一、事件概况', paragraphs(r.summary)],
    ['二、传播情况', paragraphs(r.spread)],
    ['三、研判分析', paragraphs(r.analysis)],
    [
      '四、已采取措施',
      r.measuresTaken.length ? numbered(r.measuresTaken) : [{ kind: 'paragraph', text: '暂无。' }],
    ],
    ['五、下步建议', numbered(r.suggestions)],
  ]);
}

export interface WarningRecord {
  incidentTitle: string;
  action: string;
  level: string;
  object: string;
  startAt: string | Date;
  scope: string;
  matters: string;
  measures: string;
  reason: string | null;
  addresseeNames: string[];
}

const LEVEL_WORDS: Record<string, string> = {
  I: '一级（红色）',
  II: '二级（橙色）',
  III: '三级（黄色）',
  IV: '四级（蓝色）',
};

/**
 * 预警通知 (002 预警: 预警对象、级别、起始时间、可能影响范围、警示事项、相关措施和发布机关), for a warning issued or adjusted;
 * an adjustment says so and why (dynamic management, 002).
 */
export function warningNoticeDocument(w: WarningRecord, f: IssueFacts): OfficialDocumentModel {
  const adjusted = w.action === 'ADJUSTED';
  const level = LEVEL_WORDS[w.level] ?? w.level;
  return frame(
    f,
    'FILE',
    {
      title: `关于「${w.incidentTitle}」${adjusted ? '调整' : '发布'}${level}网络舆情预警的通知`,
      addressees: w.addresseeNames.join('、'),
      body: [
        {
          kind: 'paragraph',
          text: `经研判，现对「${w.incidentTitle}」${adjusted ? '调整' : '发布'}网络舆情预警${adjusted && w.reason ? `（调整原因：${w.reason}）` : ''}。有关事项通知如下：`,
        },
        { kind: 'heading', level: 1, text: '一、预警对象和级别' },
        { kind: 'paragraph', text: `预警对象：${w.object}。预警级别：${level}。` },
        { kind: 'heading', level: 1, text: '二、起始时间和可能影响范围' },
        { kind: 'paragraph', text: `自${beijingMoment(w.startAt)}起。可能影响范围：${w.scope}。` },
        { kind: 'heading', level: 1, text: '三、警示事项' },
        ...paragraphs(w.matters),
        { kind: 'heading', level: 1, text: '四、相关措施' },
        ...paragraphs(w.measures),
        { kind: 'paragraph', text: '预警期间，请严格落实24小时值班，发现新情况及时报告。' },
      ],
    },
    false,
  );
}

export interface DailyReportRecord {
  day: string;
  revision: number;
  figures: {
    newIncidents: number;
    openIncidents: number;
    closedThatDay: number;
    tasksDispatchedThatDay: number;
    overdueTasks: number;
  };
  sensitive: {
    title: string | null;
    confidential: boolean;
    grade: string | null;
    platform: string;
    status: string;
  }[];
  positive: string[];
  remarks: string;
  correctionReason: string | null;
  recipientNames: string[];
}

const STATUS_WORDS: Record<string, string> = {
  REGISTERED: '已登记',
  ASSESSED: '已研判',
  WARNED: '已预警',
  HANDLING: '处置中',
  CALMED: '已平息',
  CLOSED: '已办结',
  REOPENED: '重新处置',
};

/** 舆情日报 (004 §三(二)): the day's figures, its sensitive incidents (涉密 ones unnamed), positive publicity, remarks. */
export function dailyReportDocument(r: DailyReportRecord, f: IssueFacts): OfficialDocumentModel {
  const [y, m, d] = r.day.split('-').map(Number);
  const fig = r.figures;
  return frame(
    f,
    'FILE',
    {
      title: `舆情日报（${y}年${m}月${d}日）${r.revision > 1 ? '（更正）' : ''}`,
      addressees: r.recipientNames.join('、'),
      body: [
        { kind: 'heading', level: 1, text: '一、总体情况' },
        {
          kind: 'paragraph',
          text: `当日新增舆情${fig.newIncidents}起，在办${fig.openIncidents}起，办结${fig.closedThatDay}起；派单${fig.tasksDispatchedThatDay}件，逾期工单${fig.overdueTasks}件。`,
        },
        { kind: 'heading', level: 1, text: '二、敏感舆情' },
        ...(r.sensitive.length
          ? [
              {
                kind: 'table' as const,
                rows: [
                  ['序号', '事件', '等级', '平台', '状态'],
                  ...r.sensitive.map((s, i) => [
                    String(i + 1),
                    s.confidential ? '（涉密事件，详见平台）' : (s.title ?? ''),
                    s.grade ?? '未定级',
                    s.platform,
                    STATUS_WORDS[s.status] ?? s.status,
                  ]),
                ],
              },
            ]
          : [{ kind: 'paragraph' as const, text: '当日无敏感舆情。' }]),
        { kind: 'heading', level: 1, text: '三、正面宣传' },
        ...(r.positive.length
          ? r.positive.map((t, i): BodyBlock => ({ kind: 'paragraph', text: `${i + 1}. ${t}` }))
          : [{ kind: 'paragraph' as const, text: '无。' }]),
        { kind: 'heading', level: 1, text: '四、值班意见' },
        ...(r.remarks.trim() ? paragraphs(r.remarks) : [{ kind: 'paragraph' as const, text: '无。' }]),
      ],
      note: r.correctionReason ? `（更正原因：${r.correctionReason}）` : null,
    },
    true,
  );
}

export interface AccountabilityRecordFacts {
  incidentTitle: string;
  /** Each finding with the unit's name: who, what was found, what follows (000, 002, 003 §四). */
  findings: { unitName: string; person: string | null; finding: string; measure: string }[];
  recordedAt: string;
  addresseeNames: string[];
}

/**
 * 追责通报: the centre tells the county's units what the handling of an incident showed of late, missing or false
 * reports and who answers for it (003 §四: 迟报、漏报、瞒报 … 追究责任; 004 §一(五) 第一责任人、直接责任人).
 */
export function accountabilityNoticeDocument(
  a: AccountabilityRecordFacts,
  f: IssueFacts,
): OfficialDocumentModel {
  return frame(
    f,
    'FILE',
    {
      title: `关于「${a.incidentTitle}」网络舆情处置中有关责任追究情况的通报`,
      addressees: a.addresseeNames.join('、'),
      body: [
        {
          kind: 'paragraph',
          text: `在「${a.incidentTitle}」网络舆情处置中，经核查，存在以下问题（${beijingMoment(a.recordedAt)}记录）。根据网络舆情应急处置有关规定，现将责任追究情况通报如下：`,
        },
        { kind: 'heading', level: 1, text: '一、责任认定和处理' },
        ...a.findings.flatMap((x, i): BodyBlock[] => [
          { kind: 'heading', level: 2, text: `（${CHINESE_ORDINALS[i] ?? i + 1}）${x.unitName}` },
          {
            kind: 'paragraph',
            text: `${x.person ? `责任人：${x.person}。` : ''}问题：${x.finding}。处理：${x.measure}。`,
          },
        ]),
        { kind: 'heading', level: 1, text: '二、有关要求' },
        {
          kind: 'paragraph',
          text: '各单位要引以为戒，压实第一责任人和直接责任人责任，严格落实网络舆情首报时限和书面反馈要求，杜绝迟报、漏报、瞒报。',
        },
      ],
    },
    false,
  );
}

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export interface ReviewRecordFacts {
  incidentTitle: string;
  gradeLabel: string | null;
  discoveredAt: string;
  closedAt: string | null;
  cause: string;
  spread: string;
  result: string;
  experience: string;
  problems: string;
}

/**
 * 复盘总结报告: the centre's 总结评估 of a closed incident, sent up (001 §三, 002, 003: 起因、传播特点、处置结果、经验、
 * 存在问题), under its leader as 签发人.
 */
export function reviewReportDocument(r: ReviewRecordFacts, f: IssueFacts): OfficialDocumentModel {
  const span = r.closedAt
    ? `${beijingMoment(r.discoveredAt)}发现，${beijingMoment(r.closedAt)}办结`
    : `${beijingMoment(r.discoveredAt)}发现`;
  return frame(
    f,
    'FILE',
    {
      title: `关于「${r.incidentTitle}」网络舆情处置情况的复盘总结报告`,
      addressees: '县委、县政府',
      body: [
        {
          kind: 'paragraph',
          text: `「${r.incidentTitle}」网络舆情（${r.gradeLabel ? gradeWords(r.gradeLabel) : '未定级'}）${span}。现将处置情况复盘总结报告如下：`,
        },
        { kind: 'heading', level: 1, text: '一、事件起因' },
        ...paragraphs(r.cause),
        { kind: 'heading', level: 1, text: '二、传播特点' },
        ...paragraphs(r.spread),
        { kind: 'heading', level: 1, text: '三、处置结果' },
        ...paragraphs(r.result),
        { kind: 'heading', level: 1, text: '四、经验做法' },
        ...paragraphs(r.experience),
        { kind: 'heading', level: 1, text: '五、存在问题和改进措施' },
        ...paragraphs(r.problems),
        { kind: 'paragraph', text: '特此报告。' },
      ],
    },
    true,
  );
}

// — papers3: 联席会议纪要 and 考核通报 —

export interface JointConferenceFacts {
  incidentTitle: string;
  heldAt: string;
  /** The county centre: it convenes the conference (004 §五(一)) and chairs it. */
  convenerName: string;
  /** The linkage members that took part, by name, and the people present as recorded. */
  participantUnitNames: string[];
  participants: string[];
  decisions: string[];
  followUpTasks: number;
  addresseeNames: string[];
  copyNames: string[];
}

/**
 * 联席会议纪要 (GB/T 9704-2012 §10.3 as far as the file layout goes: the title names the 纪要, the meeting's time and
 * chair open it, 议定事项 are numbered, 出席 closes the body): what one recorded joint conference on an incident agreed
 * (004 §五(一): 研究重大、突发、苗头性网络舆情，提出处置意见和建议). The platform does not record a place, so none is printed.
 */
export function jointConferenceMinutesDocument(
  c: JointConferenceFacts,
  f: IssueFacts,
): OfficialDocumentModel {
  const followUps = c.followUpTasks
    ? [
        {
          kind: 'paragraph' as const,
          text: `会议议定事项已派发工单${c.followUpTasks}件，各承办单位按工单时限办理并书面反馈。`,
        },
      ]
    : [];
  return frame(
    f,
    'FILE',
    {
      title: `「${c.incidentTitle}」网络舆情应对处置联席会议纪要`,
      addressees: c.addresseeNames.join('、') || null,
      body: [
        {
          kind: 'paragraph',
          text: `${c.convenerName}召集网络舆情应对处置联席会议，研究「${c.incidentTitle}」网络舆情处置工作，提出处置意见。现将会议议定事项纪要如下：`,
        },
        { kind: 'paragraph', text: `会议时间：${beijingMoment(c.heldAt)}` },
        { kind: 'paragraph', text: `主持：${c.convenerName}` },
        { kind: 'heading', level: 1, text: '一、会议议定事项' },
        ...c.decisions.map((d, i): BodyBlock => ({ kind: 'paragraph', text: `${i + 1}．${d}` })),
        ...followUps,
        { kind: 'heading', level: 1, text: '二、出席' },
        { kind: 'paragraph', text: `出席单位：${c.participantUnitNames.join('、')}` },
        { kind: 'paragraph', text: `出席人员：${c.participants.join('、')}` },
      ],
      copyTo: c.copyNames,
    },
    false,
  );
}

export interface AssessmentNoticeRow {
  rank: number;
  unitName: string;
  score: number;
  /** With the corrections recorded after the period closed, when there are any (for reference). */
  scoreWithCorrections: number | null;
  tasksReceived: number;
  handedInOnTime: number;
  handedInLate: number;
  overdueOpenAtEnd: number;
  supervised: number;
  sentBack: number;
  lettersLate: number;
}

export interface AssessmentNoticeFacts {
  periodLabel: string;
  from: string;
  to: string;
  rulesLabel: string;
  rows: AssessmentNoticeRow[];
  total: {
    tasksReceived: number;
    handedIn: number;
    handedInOnTime: number;
    handedInLate: number;
    supervised: number;
    lettersReceived: number;
    lettersSignedLate: number;
    lettersMissed: number;
  };
  addresseeNames: string[];
  copyNames: string[];
}

const points = (n: number) => String(Math.round(n * 100) / 100);
/** A Beijing day YYYY-MM-DD as an office writes it: 2026年3月1日. */
const dayWords = (d: string) =>
  `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
const percent = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 1000) / 10}%` : '—');

/**
 * 考核通报: the county centre tells the county's units how each did over a closed period — the ranking by score under
 * the rules in force on each day (issue 24's 考核 result, not a recomputation), with the figures behind it.
 */
export function assessmentNoticeDocument(a: AssessmentNoticeFacts, f: IssueFacts): OfficialDocumentModel {
  const t = a.total;
  const corrected = a.rows.filter((r) => r.scoreWithCorrections !== null);
  return frame(
    f,
    'FILE',
    {
      title: `关于${a.periodLabel}网络舆情应急处置工作考核情况的通报`,
      addressees: a.addresseeNames.join('、'),
      body: [
        {
          kind: 'paragraph',
          text: `根据网络舆情应急处置考核规则，对${a.periodLabel}（${dayWords(a.from)}至${dayWords(a.to)}）各单位网络舆情处置工作进行了考核。现将考核情况通报如下：`,
        },
        { kind: 'heading', level: 1, text: '一、总体情况' },
        {
          kind: 'paragraph',
          text: `本期共派发工单${t.tasksReceived}件，首次交单${t.handedIn}件，其中按时交单${t.handedInOnTime}件、逾期交单${t.handedInLate}件，按时交单率${percent(t.handedInOnTime, t.handedIn)}；人工督办${t.supervised}次；印发网络风险提示函${t.lettersReceived}份次，超时签收${t.lettersSignedLate}份次、未按时签收${t.lettersMissed}份次。`,
        },
        { kind: 'heading', level: 1, text: '二、考核排名' },
        { kind: 'paragraph', text: `计分规则：${a.rulesLabel}。` },
        {
          kind: 'table',
          rows: [
            ['名次', '单位', '得分', '工单', '按时', '逾期', '未交', '督办', '退回', '函迟签'],
            ...a.rows.map((r) => [
              String(r.rank),
              r.unitName,
              points(r.score),
              String(r.tasksReceived),
              String(r.handedInOnTime),
              String(r.handedInLate),
              String(r.overdueOpenAtEnd),
              String(r.supervised),
              String(r.sentBack),
              String(r.lettersLate),
            ]),
          ],
        },
        {
          kind: 'paragraph',
          text: '表中：工单为收到工单数；按时、逾期为首次交单中按时、逾期的件数；未交为期末仍未交单的超时工单数；督办为被人工督办次数；退回为交单被退回重办次数；函迟签为风险提示函超时签收和未按时签收份次。',
        },
        ...(corrected.length
          ? [
              {
                kind: 'paragraph' as const,
                text: `期末后补录的情况不计入本期得分，计入后的得分仅供参考：${corrected.map((r) => `${r.unitName}${points(r.scoreWithCorrections!)}分`).join('、')}。`,
              },
            ]
          : []),
        { kind: 'heading', level: 1, text: '三、有关要求' },
        {
          kind: 'paragraph',
          text: '各单位要对照考核情况认真查找不足，排名靠后和存在逾期交单、被督办情况的单位要深入分析原因，压实第一责任人和直接责任人责任，严格落实派单签收、书面反馈时限要求，确保网络舆情早发现、早处置。',
        },
      ],
      copyTo: a.copyNames,
    },
    false,
  );
}
