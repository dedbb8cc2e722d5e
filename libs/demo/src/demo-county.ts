import { Role, UnitKind } from '@app/access';

/**
 * The demo county. Every name is invented (the seed documents name real officials; none of them appear here).
 * Keys are stable: ids are derived from them, so seeding twice finds everything already there.
 */
export const DEMO_COUNTY = { key: 'qingshui', name: '清水县' };

/** One password for every demo account, printed at first start and in the README. Change it in real use. */
export const DEMO_PASSWORD = 'Qingshui@2026';

export interface DemoUnit {
  key: string;
  kind: UnitKind;
  name: string;
  parent: string | null;
  /** 机关代字 for its 发文字号 (invented); left unset on some units, as a new deployment finds them. */
  documentCode?: string;
}

export const DEMO_UNITS: DemoUnit[] = [
  { key: 'city', kind: UnitKind.CITY_OFFICE, name: '江州市委网信办', parent: null },
  {
    key: 'center',
    kind: UnitKind.COUNTY_CENTER,
    name: '清水县委网信办（县网络舆情应急监控中心）',
    parent: 'city',
    documentCode: '清水网信',
  },
  {
    key: 'propaganda',
    kind: UnitKind.PROPAGANDA_DEPT,
    name: '清水县委宣传部',
    parent: 'center',
    documentCode: '清水宣',
  },
  { key: 'cyberspace', kind: UnitKind.LINKAGE_DEPT, name: '清水县网信执法大队', parent: 'center' },
  { key: 'police', kind: UnitKind.LINKAGE_DEPT, name: '清水县公安局（网警大队）', parent: 'center' },
  { key: 'state-security', kind: UnitKind.LINKAGE_DEPT, name: '清水县国家安全局', parent: 'center' },
  {
    key: 'land-bureau',
    kind: UnitKind.BUREAU,
    name: '清水县自然资源局',
    parent: 'center',
    documentCode: '清水自然资源',
  },
  { key: 'petition-bureau', kind: UnitKind.BUREAU, name: '清水县信访局', parent: 'center' },
  { key: 'market-bureau', kind: UnitKind.BUREAU, name: '清水县市场监督管理局', parent: 'center' },
  { key: 'donghu', kind: UnitKind.TOWNSHIP, name: '东湖镇', parent: 'center', documentCode: '东湖政' },
  { key: 'xishan', kind: UnitKind.TOWNSHIP, name: '西山镇', parent: 'center', documentCode: '西山政' },
  { key: 'nanping', kind: UnitKind.TOWNSHIP, name: '南坪乡', parent: 'center' },
  { key: 'beicheng', kind: UnitKind.TOWNSHIP, name: '北城街道办事处', parent: 'center' },
  { key: 'liuying', kind: UnitKind.VILLAGE, name: '柳营村', parent: 'donghu' },
  { key: 'qiaotou', kind: UnitKind.VILLAGE, name: '桥头村', parent: 'donghu' },
  { key: 'shimen', kind: UnitKind.VILLAGE, name: '石门村', parent: 'xishan' },
  { key: 'zhulin', kind: UnitKind.VILLAGE, name: '竹林村', parent: 'xishan' },
  { key: 'shangping', kind: UnitKind.VILLAGE, name: '上坪村', parent: 'nanping' },
  { key: 'xiaping', kind: UnitKind.VILLAGE, name: '下坪村', parent: 'nanping' },
  { key: 'beiguan', kind: UnitKind.VILLAGE, name: '北关社区', parent: 'beicheng' },
  { key: 'xinhua', kind: UnitKind.VILLAGE, name: '新华社区', parent: 'beicheng' },
  // Where the county's leaders sit (issue 19): their own office, not the centre, so that they instruct rather than
  // run the centre's loop.
  { key: 'county-office', kind: UnitKind.BUREAU, name: '清水县委办公室', parent: 'center' },
];

export interface DemoUser {
  username: string;
  displayName: string;
  unit: string;
  roles: Role[];
  /** What the account is for, in the start-up table and the README. */
  note: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    username: 'zhouming',
    displayName: '周明',
    unit: 'center',
    roles: [Role.DUTY_OFFICER],
    note: '县中心值班员',
  },
  { username: 'wujing', displayName: '吴静', unit: 'center', roles: [Role.HANDLER], note: '县中心经办人' },
  { username: 'zhenghua', displayName: '郑华', unit: 'center', roles: [Role.LEADER], note: '县中心分管领导' },
  { username: 'zhaoqiang', displayName: '赵强', unit: 'center', roles: [Role.ADMIN], note: '县系统管理员' },
  { username: 'qianjun', displayName: '钱军', unit: 'center', roles: [Role.AUDITOR], note: '纪检审计' },
  {
    username: 'hegang',
    displayName: '何刚',
    unit: 'propaganda',
    roles: [Role.LEADER],
    note: '宣传部领导（审核口径）',
  },
  {
    username: 'sunli',
    displayName: '孙丽',
    unit: 'propaganda',
    roles: [Role.SPOKESPERSON],
    note: '新闻发言人',
  },
  { username: 'fengtao', displayName: '冯涛', unit: 'police', roles: [Role.HANDLER], note: '公安网警' },
  {
    username: 'linfang',
    displayName: '林芳',
    unit: 'land-bureau',
    roles: [Role.HANDLER],
    note: '自然资源局经办人',
  },
  { username: 'lina', displayName: '李娜', unit: 'donghu', roles: [Role.HANDLER], note: '东湖镇经办人' },
  { username: 'wangbo', displayName: '王博', unit: 'donghu', roles: [Role.LEADER], note: '东湖镇领导' },
  { username: 'gaoyang', displayName: '高扬', unit: 'xishan', roles: [Role.HANDLER], note: '西山镇经办人' },
  { username: 'liuyun', displayName: '刘云', unit: 'liuying', roles: [Role.HANDLER], note: '柳营村网格员' },
  { username: 'xuming', displayName: '许明', unit: 'city', roles: [Role.LEADER], note: '市委网信办' },
  // County leaders (issue 19): invented people, in the county office.
  {
    username: 'chenlixin',
    displayName: '陈立新',
    unit: 'county-office',
    roles: [Role.LEADER],
    note: '县委书记（主要领导）',
  },
  {
    username: 'songjian',
    displayName: '宋健',
    unit: 'county-office',
    roles: [Role.LEADER],
    note: '分管副县长',
  },
  { username: 'mali', displayName: '马丽', unit: 'county-office', roles: [Role.LEADER], note: '分管副县长' },
];

export interface DemoLeader {
  username: string;
  post: string;
  fields: string[];
  principal: boolean;
}

/** The county's roster of leaders: posts and the fields in their charge (分管领域). */
export const DEMO_LEADERS: DemoLeader[] = [
  { username: 'chenlixin', post: '县委书记', fields: [], principal: true },
  {
    username: 'songjian',
    post: '分管副县长',
    fields: ['LAND_ACQUISITION', 'ECOLOGY', 'WORK_SAFETY'],
    principal: false,
  },
  { username: 'mali', post: '分管副县长', fields: ['FOOD_DRUG', 'EPIDEMIC_CONTROL'], principal: false },
  { username: 'hegang', post: '宣传部部长', fields: ['TEXTBOOKS'], principal: false },
  { username: 'zhenghua', post: '网信办主任', fields: ['OTHER'], principal: false },
];
