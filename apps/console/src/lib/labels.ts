import { enumLabels } from '../gql/labels';

type Enums = typeof enumLabels;

/** The Chinese label of an enum value, as the schema describes it. */
export function label<E extends keyof Enums>(enumName: E, value: string | null | undefined): string {
  if (!value) return '—';
  return (enumLabels[enumName] as Record<string, string>)[value] ?? value;
}

/** Options for a Select, from an enum's labels. */
export function options<E extends keyof Enums>(enumName: E, short?: (l: string) => string) {
  return Object.entries(enumLabels[enumName] as Record<string, string>).map(([value, l]) => ({
    value,
    label: short ? short(l) : l,
  }));
}

/** Grade colours of the seeds: I red, II orange, III yellow, IV blue. */
export const GRADE_COLOR: Record<string, string> = {
  I: '#d4380d',
  II: '#fa8c16',
  III: '#e5b400',
  IV: '#1677ff',
};
export const GRADE_BG: Record<string, string> = {
  I: '#fff1f0',
  II: '#fff7e6',
  III: '#fffbe6',
  IV: '#e6f4ff',
};
export const GRADE_ORDER = ['I', 'II', 'III', 'IV'] as const;
export const GRADE_SHORT: Record<string, string> = {
  I: 'I级 特别重大',
  II: 'II级 重大',
  III: 'III级 较大',
  IV: 'IV级 一般',
};

export const STATUS_COLOR: Record<string, string> = {
  REGISTERED: 'default',
  ASSESSED: 'processing',
  WARNED: 'warning',
  HANDLING: 'processing',
  CALMED: 'success',
  CLOSED: 'default',
};
export const OPEN_STATUSES = ['REGISTERED', 'ASSESSED', 'WARNED', 'HANDLING', 'CALMED'] as const;

export const TASK_STATUS_COLOR: Record<string, string> = {
  DISPATCHED: 'gold',
  SIGNED: 'blue',
  IN_PROGRESS: 'processing',
  HANDED_IN: 'purple',
  REWORK: 'orange',
  RETURNED: 'red',
  ACCEPTED: 'green',
  CANCELLED: 'default',
};

export const ROLE_SHORT: Record<string, string> = { LEAD: '主办', SUPPORT: '协办' };

/** What an API error code means to a clerk. */
export const ERROR_CODE_ZH: Record<string, string> = {
  UNAUTHENTICATED: '未登录或登录已过期',
  FORBIDDEN: '无权执行此操作',
  NOT_FOUND: '未找到或无权查看',
  VALIDATION_FAILED: '填写内容有误',
  VERSION_CONFLICT: '已被他人更新，请刷新后再试',
  INVALID_TRANSITION: '当前状态不允许此操作',
  RATE_LIMITED: '操作过于频繁，请稍后再试',
};

/** People's roles, in the order an administrator thinks of them, with a colour and what each may do. */
export const USER_ROLES = ['DUTY_OFFICER', 'HANDLER', 'LEADER', 'SPOKESPERSON', 'AUDITOR', 'ADMIN'] as const;
export const USER_ROLE_COLOR: Record<string, string> = {
  DUTY_OFFICER: 'blue',
  HANDLER: 'cyan',
  LEADER: 'gold',
  SPOKESPERSON: 'magenta',
  AUDITOR: 'purple',
  ADMIN: 'red',
};
/** What a role opens, as the access policy (libs/access) grants it. */
export const USER_ROLE_HINT: Record<string, string> = {
  DUTY_OFFICER: '值守监测，登记舆情，办理本单位工单，记值班日志',
  HANDLER: '登记舆情，签收、办理、反馈本单位工单',
  LEADER: '同经办人；另可安排值班，宣传部领导审核口径',
  SPOKESPERSON: '起草与发布口径/通稿',
  AUDITOR: '只读查阅全县事件记录与审计，不能修改',
  ADMIN: '在县中心：管理单位、人员与系统设置',
};
