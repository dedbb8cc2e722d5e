import { OfficialDocumentModel } from '../domain/official-document.model';

/** A document of each format with every element present: for the layout's tests and the previews. */
export const SAMPLE_FILE: OfficialDocumentModel = {
  format: 'FILE',
  copyNumber: '000012',
  classificationMark: '内部',
  urgency: '特急',
  issuerMark: '清水县网络舆情应急监控中心',
  documentNumber: '清水网信〔2026〕3号',
  signers: ['郑华'],
  title: '关于东湖镇征地补偿网络舆情处置情况的报告',
  addressees: '县委办公室',
  body: [
    { kind: 'paragraph', text: '2026年12月5日，有网民在本地论坛发帖反映东湖镇征地补偿款发放迟缓。' },
    { kind: 'heading', level: 1, text: '一、基本情况' },
    { kind: 'heading', level: 2, text: '（一）舆情态势' },
    { kind: 'paragraph', text: '截至12月6日8时，相关帖文阅读量约1.2万次，评论312条。' },
  ],
  attachments: ['处置工作台账', '网民留言摘录'],
  signature: '清水县网络舆情应急监控中心',
  date: '2026-12-06',
  note: '（此件不公开）',
  copyTo: ['县委宣传部', '东湖镇人民政府'],
  printing: { by: '清水县网络舆情应急监控中心', on: '2026-12-06' },
  verificationCode: 'K7QX-2M9D-TR4P',
  verificationUrl: 'https://yuqing.qingshui.example.cn/#/verify/K7QX-2M9D-TR4P',
  issuedAt: '2026-12-06T02:30:00.000Z',
};

export const SAMPLE_LETTER: OfficialDocumentModel = {
  format: 'LETTER',
  issuerMark: '清水县网络舆情应急监控中心',
  documentNumber: '清水网信函〔2026〕7号',
  urgency: '加急',
  title: '网络风险提示函',
  addressees: '东湖镇人民政府',
  body: [{ kind: 'paragraph', text: '近日，网上出现涉及你镇征地补偿的帖文，请高度重视，及时核实处置。' }],
  signature: '清水县网络舆情应急监控中心',
  date: '2026-12-06',
  verificationCode: 'A2B3-C4D5-E6F7',
  verificationUrl: 'https://yuqing.qingshui.example.cn/#/verify/A2B3-C4D5-E6F7',
  issuedAt: '2026-12-06T02:30:00.000Z',
};
