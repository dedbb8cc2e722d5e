import { registerEnumType } from '@nestjs/graphql';
import { Role, ROLE_LABELS, UNIT_KIND_LABELS, UnitKind } from './domain/unit-kind';
import { Capability } from './policy/capabilities';

registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: '单位类型 / Kind of unit',
  valuesMap: Object.fromEntries(
    Object.values(UnitKind).map((k) => [
      k,
      { description: `${UNIT_KIND_LABELS[k].zh} / ${UNIT_KIND_LABELS[k].en}` },
    ]),
  ),
});

registerEnumType(Role, {
  name: 'Role',
  description: '角色 / Role',
  valuesMap: Object.fromEntries(
    Object.values(Role).map((r) => [r, { description: `${ROLE_LABELS[r].zh} / ${ROLE_LABELS[r].en}` }]),
  ),
});

/** What each capability lets a session do, in the words of the console's menus and buttons. */
const CAPABILITY_LABELS: Record<Capability, string> = {
  REPORT_INCIDENT: '登记/上报舆情 / Report an incident',
  READ_COUNTY_INCIDENTS: '查看全县舆情事件 / Read every incident of the county',
  ISSUE_DAILY_REPORT: '编发舆情日报 / Issue the daily report',
  READ_DAILY_REPORTS: '阅读舆情日报 / Read daily reports',
  DRAFT_SPECIAL_REPORT: '起草舆情专报 / Draft a special report',
  READ_SPECIAL_REPORTS: '阅读舆情专报 / Read special reports',
  READ_SPECIAL_REPORT_DRAFTS: '查看专报草稿 / Read special report drafts',
  READ_AUDIT: '审计（历史、时点状态、时限）/ Audit (history, state at a moment, deadlines)',
  ADMINISTER_ORGANIZATION: '管理组织与人员 / Administer units and people',
  ADMINISTER_SETTINGS: '系统设置 / Administer the county settings',
  READ_COUNTY_DUTY: '查看全县值班（含中心缺岗）/ Read the county centre duty and its holes',
  WORK_INBOX: '待办 / Work an inbox',
  READ_INTAKE_QUEUE: '查看舆情线索 / Read the intake queue',
  MANAGE_INTAKE_SOURCES: '管理线索来源 / Manage intake sources',
  IMPORT_INTAKE_FILES: '导入线索 / Import intake files',
  ENTER_INTAKE_ITEMS: '录入线索 / Enter intake items',
  APPROVE_STATEMENTS: '审核口径/通稿 / Approve statements',
  PUBLISH_STATEMENTS: '发布口径/通稿 / Publish statements',
  DRAFT_COUNTY_STATEMENTS: '起草本县口径/通稿 / Draft the county’s statements',
};

registerEnumType(Capability, {
  name: 'Capability',
  description:
    '本会话在页面层面可做的事（由访问策略决定）/ What this session may do at page level (decided by the access policy)',
  valuesMap: Object.fromEntries(
    Object.values(Capability).map((c) => [c, { description: CAPABILITY_LABELS[c] }]),
  ),
});
