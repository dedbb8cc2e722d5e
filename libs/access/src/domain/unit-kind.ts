import { LocalizedMessage } from '@app/kernel';

/** Kinds of unit (DOMAIN §1). Every unit is a tenant. */
export enum UnitKind {
  COUNTY_CENTER = 'COUNTY_CENTER',
  PROPAGANDA_DEPT = 'PROPAGANDA_DEPT',
  LINKAGE_DEPT = 'LINKAGE_DEPT',
  BUREAU = 'BUREAU',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
  CITY_OFFICE = 'CITY_OFFICE',
}

/**
 * Units of a county that receive its work — tasks, risk letters, a seat in the linkage: the departments, townships
 * and villages (not the county centre that sends it, nor the city office above).
 */
export const WORKING_UNIT_KINDS: readonly UnitKind[] = [
  UnitKind.PROPAGANDA_DEPT,
  UnitKind.LINKAGE_DEPT,
  UnitKind.BUREAU,
  UnitKind.TOWNSHIP,
  UnitKind.VILLAGE,
];

/** Roles a user holds in their unit (DOMAIN §1). */
export enum Role {
  DUTY_OFFICER = 'DUTY_OFFICER',
  HANDLER = 'HANDLER',
  LEADER = 'LEADER',
  SPOKESPERSON = 'SPOKESPERSON',
  AUDITOR = 'AUDITOR',
  ADMIN = 'ADMIN',
}

export const UNIT_KIND_LABELS: Record<UnitKind, LocalizedMessage> = {
  COUNTY_CENTER: { zh: '县网络舆情应急监控中心', en: 'County monitoring centre' },
  PROPAGANDA_DEPT: { zh: '县委宣传部', en: 'Propaganda department' },
  LINKAGE_DEPT: {
    zh: '联动部门（网信/公安/国安）',
    en: 'Linkage department (cyberspace, police, state security)',
  },
  BUREAU: { zh: '县直部门', en: 'County bureau' },
  TOWNSHIP: { zh: '乡镇/街道', en: 'Township or sub-district' },
  VILLAGE: { zh: '村/社区', en: 'Village or community' },
  CITY_OFFICE: { zh: '市委网信办', en: 'City cyberspace office' },
};

export const ROLE_LABELS: Record<Role, LocalizedMessage> = {
  DUTY_OFFICER: { zh: '值班员', en: 'Duty officer' },
  HANDLER: { zh: '经办人', en: 'Handler' },
  LEADER: { zh: '分管/主要领导', en: 'Leader' },
  SPOKESPERSON: { zh: '新闻发言人', en: 'Spokesperson' },
  AUDITOR: { zh: '审计/纪检', en: 'Auditor' },
  ADMIN: { zh: '系统管理员', en: 'Administrator' },
};
