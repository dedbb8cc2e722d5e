import { DOCUMENT_KIND_RULES, DocumentKind } from '../domain/document-kind';
import { verificationCodeOf } from '../domain/verification-code';
import { verificationLinkOf } from '../domain/verification-link';
import { documentNumber } from '../layout/gbt9704';
import { OfficialDocumentModel } from '../domain/official-document.model';
import {
  accountabilityNoticeDocument,
  reviewReportDocument,
  dailyReportDocument,
  IssueFacts,
  riskLetterDocument,
  specialReportDocument,
  flashReportDocument,
  dispatchNoticeDocument,
  supervisionNoticeDocument,
  warningNoticeDocument,
  writtenFeedbackDocument,
  jointConferenceMinutesDocument,
  assessmentNoticeDocument,
} from './record-documents';

/**
 * One document of every kind, made from invented records of the demo county (清水县) by the same builders the
 * platform issues with: for the PDF test and the PNG previews in docs/documents/.
 */
const ISSUED_AT = '2026-12-06T02:30:00.000Z';
const CENTRE = '清水县委网信办';

const facts = (
  kind: DocumentKind,
  code: string,
  number: number,
  over: Partial<IssueFacts> = {},
): IssueFacts => ({
  issuerName: CENTRE,
  documentNumber: documentNumber(`${code}${DOCUMENT_KIND_RULES[kind].series}`, 2026, number),
  issuedAt: ISSUED_AT,
  signer: '郑华',
  classificationMark: '内部',
  urgencyMark: null,
  copyNumber: null,
  verificationCode: verificationCodeOf(`sample-${kind}`),
  ...over,
});

export interface SampleDocument {
  kind: DocumentKind;
  model: OfficialDocumentModel;
  /** Text a reader must find on the first page (after the 版头) and on the last. */
  bodyText: string;
}

/** The invented address of the demo deployment, which the samples' QR codes open. */
export const SAMPLE_LINK_BASE = 'https://yuqing.qingshui.example.cn';

export function sampleDocuments(): SampleDocument[] {
  return samples().map((s) => ({
    ...s,
    model: {
      ...s.model,
      verificationUrl: verificationLinkOf(s.model.verificationCode!, SAMPLE_LINK_BASE),
    },
  }));
}

function samples(): SampleDocument[] {
  const long = (s: string, n: number) => Array.from({ length: n }, () => s).join('');
  return [
    {
      kind: DocumentKind.RISK_LETTER,
      bodyText: '网民在本地论坛发帖',
      model: riskLetterDocument(
        {
          title: '东湖镇征地补偿网帖',
          risk: '12月5日起，网民在本地论坛发帖称东湖镇征地补偿款发放迟缓，跟帖较多，存在二次传播和线下聚集的风险。',
          level: 'III',
          scope: '东湖镇及周边村组',
          watchPoints: '帖文的转发、跟评和线下聚集动向；是否有自媒体账号介入炒作。',
          requestedMeasures: '核实补偿款发放情况；以适当方式回应网民关切；发现线下聚集苗头立即报告。',
          receiptDueAt: '2026-12-06T04:30:00.000Z',
          recipientNames: ['东湖镇人民政府', '清水县自然资源局'],
        },
        facts(DocumentKind.RISK_LETTER, '清水网信', 7, { urgencyMark: '加急', issuerName: CENTRE }),
      ),
    },
    {
      kind: DocumentKind.DISPATCH_NOTICE,
      bodyText: '交你单位主办办理',
      model: dispatchNoticeDocument(
        {
          incidentTitle: '东湖镇征地补偿网帖',
          assigneeName: '东湖镇人民政府',
          role: 'LEAD',
          requirements: '核实补偿款发放情况；以适当方式回应网民关切；发现线下聚集苗头立即报告。',
          dispatchedAt: '2026-12-05T01:10:00.000Z',
          dueAt: '2026-12-05T13:10:00.000Z',
          hardDueAt: '2026-12-06T01:10:00.000Z',
        },
        facts(DocumentKind.DISPATCH_NOTICE, '清水网信', 4, { urgencyMark: '加急' }),
      ),
    },
    {
      kind: DocumentKind.SUPERVISION_NOTICE,
      bodyText: '现予督办',
      model: supervisionNoticeDocument(
        {
          incidentTitle: '东湖镇征地补偿网帖',
          assigneeName: '东湖镇人民政府',
          role: 'LEAD',
          requirements: '核实补偿款发放情况，12小时内书面反馈。',
          dueAt: '2026-12-05T13:10:00.000Z',
          content: '你单位工单已超过办理时限仍未交单，请立即核实，并说明未按时办理的原因。',
          replyDueAt: '2026-12-06T06:30:00.000Z',
          automatic: true,
          supervisedAt: ISSUED_AT,
        },
        facts(DocumentKind.SUPERVISION_NOTICE, '清水网信', 2, { urgencyMark: '特急' }),
      ),
    },
    {
      kind: DocumentKind.WRITTEN_FEEDBACK,
      bodyText: '补偿款已拨付镇财政',
      model: writtenFeedbackDocument(
        {
          incidentTitle: '东湖镇征地补偿网帖',
          dispatcherName: CENTRE,
          requirements: '核实补偿款发放情况，12小时内书面反馈。',
          dueAt: '2026-12-05T13:10:00.000Z',
          handedInAt: '2026-12-05T09:00:00.000Z',
          factsFound: '经核实，补偿款已拨付镇财政，其中5户因手续不全暂未发放。',
          measures: '镇政府组织工作人员入户补办手续，当场发放补偿款，并在村务公开栏公示发放情况。',
          result: '补偿款已全部发放到户，发帖网民表示满意，相关帖文热度明显下降。',
          evidence: ['补偿款发放签收表', '村民座谈会记录'],
          late: false,
        },
        facts(DocumentKind.WRITTEN_FEEDBACK, '东湖政', 5, { issuerName: '东湖镇人民政府', signer: '王博' }),
      ),
    },
    {
      kind: DocumentKind.SPECIAL_REPORT,
      bodyText: '事件概况',
      model: specialReportDocument(
        {
          title: '关于东湖镇征地补偿网络舆情的专报',
          year: 2026,
          number: 3,
          summary: long(
            '12月5日，有网民在本地论坛发帖反映东湖镇征地补偿款发放迟缓，截至12月6日8时，帖文阅读量约1.2万次，评论312条。',
            3,
          ),
          analysis: long('从跟帖情况看，网民关注点集中在补偿标准和发放进度，个别账号有借机炒作倾向。', 4),
          suggestions: [
            '由东湖镇牵头核实补偿款发放情况并及时回应',
            '县自然资源局配合做好政策解读',
            '网信部门加强监测，防止炒作升级',
          ],
          addressees: '县委书记，县长，县委常委、宣传部部长',
          copyNames: ['东湖镇人民政府', '清水县自然资源局'],
        },
        facts(DocumentKind.SPECIAL_REPORT, '清水网信', 3),
      ),
    },
    {
      kind: DocumentKind.FLASH_REPORT,
      bodyText: '传播情况',
      model: flashReportDocument(
        {
          title: '关于东湖镇征地补偿纠纷的舆情快报',
          year: 2026,
          number: 5,
          summary: '12月5日10时，有网民在微博发帖反映东湖镇征地补偿款发放迟缓，现场有二十余名村民聚集。',
          spread: long('帖文两小时内阅读量约 5 万次，转发 620 次，本地两个公众号转载。', 2),
          analysis: '网民关注点集中在补偿标准和发放进度，存在线下聚集和炒作升级风险，定为 II 级重大舆情。',
          measuresTaken: ['已列入处置清单（列单）', '已发布 II 级预警', '已向东湖镇派单核实'],
          suggestions: ['东湖镇当日当面答复村民', '县自然资源局发布政策解读', '网信部门持续监测并续报'],
          addressees: '县委、县政府主要领导，分管县领导；市委网信办',
          copyNames: [],
        },
        facts(DocumentKind.FLASH_REPORT, '清水网信', 5),
      ),
    },
    {
      kind: DocumentKind.WARNING_NOTICE,
      bodyText: '预警对象',
      model: warningNoticeDocument(
        {
          incidentTitle: '东湖镇征地补偿网帖',
          action: 'ISSUED',
          level: 'III',
          object: '东湖镇征地补偿相关网帖及跟评',
          startAt: '2026-12-06T02:00:00.000Z',
          scope: '东湖镇及周边村组，可能波及全县征地拆迁工作',
          matters: '相关帖文转发量快速上升，存在线下聚集和借机炒作风险。',
          measures: '东湖镇核实补偿款发放情况并及时回应；县自然资源局做好政策解读；网信部门加强监测。',
          reason: null,
          addresseeNames: ['东湖镇人民政府', '清水县自然资源局', '清水县委宣传部'],
        },
        facts(DocumentKind.WARNING_NOTICE, '清水网信', 4, { urgencyMark: '特急' }),
      ),
    },
    {
      kind: DocumentKind.DAILY_REPORT,
      bodyText: '当日新增舆情',
      model: dailyReportDocument(
        {
          day: '2026-12-05',
          revision: 1,
          figures: {
            newIncidents: 4,
            openIncidents: 6,
            closedThatDay: 2,
            tasksDispatchedThatDay: 5,
            overdueTasks: 1,
          },
          sensitive: [
            {
              title: '东湖镇征地补偿网帖',
              confidential: false,
              grade: 'III',
              platform: '本地论坛',
              status: 'HANDLING',
            },
            { title: null, confidential: true, grade: 'II', platform: '微博', status: 'WARNED' },
          ],
          positive: ['县融媒体中心发布《冬季安全生产》系列报道'],
          remarks: '征地补偿类舆情仍需重点关注。',
          correctionReason: null,
          recipientNames: ['县委宣传部'],
        },
        facts(DocumentKind.DAILY_REPORT, '清水网信', 18, { signer: '周明' }),
      ),
    },
    {
      kind: DocumentKind.ACCOUNTABILITY_NOTICE,
      bodyText: '存在以下问题',
      model: accountabilityNoticeDocument(
        {
          incidentTitle: '东湖镇征地补偿网帖',
          findings: [
            {
              unitName: '东湖镇人民政府',
              person: '镇党政办负责人',
              finding: '接到派单后未在12小时内书面反馈，超时9小时交单',
              measure: '责令作出书面检查，在全县通报批评',
            },
            {
              unitName: '清水县自然资源局',
              person: null,
              finding: '协办工单退回后未及时重新签收',
              measure: '约谈分管负责人',
            },
          ],
          recordedAt: '2026-12-06T01:00:00.000Z',
          addresseeNames: ['东湖镇人民政府', '清水县自然资源局'],
        },
        facts(DocumentKind.ACCOUNTABILITY_NOTICE, '清水网信', 1),
      ),
    },
    {
      kind: DocumentKind.REVIEW_REPORT,
      bodyText: '现将处置情况复盘总结报告如下',
      model: reviewReportDocument(
        {
          incidentTitle: '东湖镇征地补偿网帖',
          gradeLabel: 'III',
          discoveredAt: '2026-12-05T02:10:00.000Z',
          closedAt: '2026-12-06T01:00:00.000Z',
          cause: '东湖镇征地补偿款分批发放，部分农户未及时知悉发放安排，在本地论坛发帖质疑。',
          spread: '帖文在本地论坛和两个微信群传播，12小时内阅读量约1.2万次，未被主流媒体转载。',
          result: '补偿款已全部发放到户，东湖镇在论坛回帖说明，发帖网民表示满意，相关帖文热度明显下降。',
          experience: '县中心第一时间研判、派单，东湖镇当日核实回应，做到早讲事实、多讲措施。',
          problems: '东湖镇书面反馈超时9小时，村级网格员发现上报不及时。下一步加强网格员培训，压实首报责任。',
        },
        facts(DocumentKind.REVIEW_REPORT, '清水网信', 2),
      ),
    },
    ...conferenceAndAssessmentSamples(),
  ];
}

// — papers3: 联席会议纪要 and 考核通报 —
function conferenceAndAssessmentSamples(): SampleDocument[] {
  const row = (rank: number, unitName: string, score: number, f: number[]) => ({
    rank,
    unitName,
    score,
    scoreWithCorrections: null,
    tasksReceived: f[0],
    handedInOnTime: f[1],
    handedInLate: f[2],
    overdueOpenAtEnd: f[3],
    supervised: f[4],
    sentBack: f[5],
    lettersLate: f[6],
  });
  return [
    {
      kind: DocumentKind.JOINT_CONFERENCE_MINUTES,
      bodyText: '现将会议议定事项纪要如下',
      model: jointConferenceMinutesDocument(
        {
          incidentTitle: '东湖镇中学食堂网帖',
          heldAt: '2026-12-05T07:00:00.000Z',
          convenerName: '清水县网络舆情应急监控中心',
          participantUnitNames: ['清水县委宣传部', '清水县公安局', '东湖镇人民政府'],
          participants: ['县委宣传部 何刚', '县网信办 周明', '县公安局 冯涛', '东湖镇 王博'],
          decisions: [
            '东湖镇牵头核实学生就餐情况，当日向家长说明并公开核实结果。',
            '县市场监管局对食堂开展食品安全检查，出具检查结论。',
            '县委宣传部统一对外口径，由东湖镇网络新闻发言人发布。',
          ],
          followUpTasks: 2,
          addresseeNames: ['清水县委宣传部', '清水县公安局', '东湖镇人民政府'],
          copyNames: ['清水县市场监督管理局'],
        },
        facts(DocumentKind.JOINT_CONFERENCE_MINUTES, '清水网信', 1),
      ),
    },
    {
      kind: DocumentKind.ASSESSMENT_NOTICE,
      bodyText: '现将考核情况通报如下',
      model: assessmentNoticeDocument(
        {
          periodLabel: '2026年11月',
          from: '2026-11-01',
          to: '2026-11-30',
          rulesLabel: '按各日当时有效的规则计分（第 1 版 2026-11-01 至 2026-11-30）',
          rows: [
            row(1, '西山镇人民政府', 101, [6, 6, 0, 0, 0, 0, 0]),
            row(2, '清水县自然资源局', 99, [3, 2, 1, 0, 0, 0, 0]),
            { ...row(3, '东湖镇人民政府', 93, [8, 5, 2, 1, 2, 1, 1]), scoreWithCorrections: 91 },
          ],
          total: {
            tasksReceived: 17,
            handedIn: 16,
            handedInOnTime: 13,
            handedInLate: 3,
            supervised: 2,
            lettersReceived: 5,
            lettersSignedLate: 1,
            lettersMissed: 0,
          },
          addresseeNames: ['西山镇人民政府', '清水县自然资源局', '东湖镇人民政府'],
          copyNames: ['县委、县政府有关领导'],
        },
        facts(DocumentKind.ASSESSMENT_NOTICE, '清水网信', 3),
      ),
    },
  ];
}
