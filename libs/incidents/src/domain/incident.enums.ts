import { LocalizedMessage } from '@app/kernel';

/** Discovery channels (002: three channels) plus a unit reporting up (004 §二(三)). */
export enum DiscoveryChannel {
  MONITORING = 'MONITORING',
  UPPER_PROMPT = 'UPPER_PROMPT',
  PUBLIC_REPORT = 'PUBLIC_REPORT',
  UNIT_REPORT = 'UNIT_REPORT',
}

/** Where the post appeared (002, 004 name these channels). */
export enum Platform {
  WEIBO = 'WEIBO',
  WECHAT = 'WECHAT',
  DOUYIN = 'DOUYIN',
  KUAISHOU = 'KUAISHOU',
  FORUM = 'FORUM',
  NEWS_SITE = 'NEWS_SITE',
  LEADER_MESSAGE_BOARD = 'LEADER_MESSAGE_BOARD',
  MAYOR_MAILBOX = 'MAYOR_MAILBOX',
  OTHER = 'OTHER',
}

/** Nature of the opinion (000, 003). */
export enum IncidentNature {
  INQUIRY_APPEAL = 'INQUIRY_APPEAL',
  MALICIOUS_HYPE = 'MALICIOUS_HYPE',
  FABRICATION = 'FABRICATION',
  CONSTRUCTIVE = 'CONSTRUCTIVE',
}

/** Whether the content is true (002: 真消息 / 假消息), or not yet verified. */
export enum Veracity {
  TRUE = 'TRUE',
  FALSE = 'FALSE',
  UNVERIFIED = 'UNVERIFIED',
}

/** Field of the incident (000). */
export enum IncidentField {
  WORK_SAFETY = 'WORK_SAFETY',
  LAND_ACQUISITION = 'LAND_ACQUISITION',
  FOOD_DRUG = 'FOOD_DRUG',
  EPIDEMIC_CONTROL = 'EPIDEMIC_CONTROL',
  TEXTBOOKS = 'TEXTBOOKS',
  ECOLOGY = 'ECOLOGY',
  OTHER = 'OTHER',
}

/** Grade / warning level (002): IV general (blue) … I especially major (red). */
export enum Grade {
  IV = 'IV',
  III = 'III',
  II = 'II',
  I = 'I',
}

/** Lifecycle (DOMAIN §2): REGISTERED → ASSESSED → (WARNED) → HANDLING → CALMED → CLOSED, reopened back to HANDLING. */
export enum IncidentStatus {
  REGISTERED = 'REGISTERED',
  ASSESSED = 'ASSESSED',
  WARNED = 'WARNED',
  HANDLING = 'HANDLING',
  CALMED = 'CALMED',
  CLOSED = 'CLOSED',
}

type Labels<E extends string> = Record<E, LocalizedMessage>;

export const DISCOVERY_CHANNEL_LABELS: Labels<DiscoveryChannel> = {
  MONITORING: { zh: '软件监看发现', en: 'Found by monitoring' },
  UPPER_PROMPT: { zh: '上级网信部门提示', en: 'Prompted by the upper-level cyberspace office' },
  PUBLIC_REPORT: { zh: '社会舆情上报', en: 'Reported by the public' },
  UNIT_REPORT: { zh: '单位上报', en: 'Reported up by a unit' },
};

export const PLATFORM_LABELS: Labels<Platform> = {
  WEIBO: { zh: '微博', en: 'Weibo' },
  WECHAT: { zh: '微信', en: 'WeChat' },
  DOUYIN: { zh: '抖音', en: 'Douyin' },
  KUAISHOU: { zh: '快手', en: 'Kuaishou' },
  FORUM: { zh: '论坛/贴吧', en: 'Forum' },
  NEWS_SITE: { zh: '新闻网站', en: 'News site' },
  LEADER_MESSAGE_BOARD: { zh: '人民网领导留言板', en: "People's Daily leaders' message board" },
  MAYOR_MAILBOX: { zh: '书记县长信箱', en: "Party secretary / county head's mailbox" },
  OTHER: { zh: '其他', en: 'Other' },
};

export const NATURE_LABELS: Labels<IncidentNature> = {
  INQUIRY_APPEAL: { zh: '询问/质疑/诉求', en: 'Inquiry, doubt or appeal' },
  MALICIOUS_HYPE: { zh: '恶意传播炒作', en: 'Malicious spreading and hype' },
  FABRICATION: {
    zh: '捏造歪曲/诽谤/煽动/涉嫌违法',
    en: 'Fabrication, defamation, incitement or suspected crime',
  },
  CONSTRUCTIVE: { zh: '建设性意见', en: 'Constructive suggestion' },
};

export const VERACITY_LABELS: Labels<Veracity> = {
  TRUE: { zh: '属实', en: 'True' },
  FALSE: { zh: '不实', en: 'False' },
  UNVERIFIED: { zh: '待核实', en: 'Unverified' },
};

export const FIELD_LABELS: Labels<IncidentField> = {
  WORK_SAFETY: { zh: '安全生产', en: 'Work safety' },
  LAND_ACQUISITION: { zh: '征地拆迁', en: 'Land acquisition and demolition' },
  FOOD_DRUG: { zh: '食品药品', en: 'Food and drugs' },
  EPIDEMIC_CONTROL: { zh: '疫情防控', en: 'Epidemic control' },
  TEXTBOOKS: { zh: '统编教材', en: 'Unified textbooks' },
  ECOLOGY: { zh: '生态保护', en: 'Ecological protection' },
  OTHER: { zh: '其他', en: 'Other' },
};

/** Grade labels with the warning colours of 002 (I red, II orange, III yellow, IV blue). */
export const GRADE_LABELS: Labels<Grade> = {
  IV: { zh: 'IV级 一般（蓝色）', en: 'Grade IV, general (blue)' },
  III: { zh: 'III级 较大（黄色）', en: 'Grade III, serious (yellow)' },
  II: { zh: 'II级 重大（橙色）', en: 'Grade II, major (orange)' },
  I: { zh: 'I级 特别重大（红色）', en: 'Grade I, especially major (red)' },
};

export const STATUS_LABELS: Labels<IncidentStatus> = {
  REGISTERED: { zh: '已登记', en: 'Registered' },
  ASSESSED: { zh: '已研判', en: 'Assessed' },
  WARNED: { zh: '已预警', en: 'Warned' },
  HANDLING: { zh: '处置中', en: 'Handling' },
  CALMED: { zh: '已平息', en: 'Calmed' },
  CLOSED: { zh: '已办结', en: 'Closed' },
};

/** Whom an incident is escalated to (003 逐级报告、双重报告; 004 §二(三)). */
export enum EscalationTarget {
  COUNTY_LEADERS = 'COUNTY_LEADERS',
  CITY_OFFICE = 'CITY_OFFICE',
}

/** A task's part in the handling: lead unit (主办) or co-unit (协办). */
export enum TaskRole {
  LEAD = 'LEAD',
  SUPPORT = 'SUPPORT',
}

export const ESCALATION_LABELS: Labels<EscalationTarget> = {
  COUNTY_LEADERS: { zh: '报县领导', en: 'County leaders' },
  CITY_OFFICE: { zh: '报市委网信办', en: 'City cyberspace office' },
};

export const TASK_ROLE_LABELS: Labels<TaskRole> = {
  LEAD: { zh: '主办', en: 'Lead' },
  SUPPORT: { zh: '协办', en: 'Support' },
};
