import { useSyncExternalStore } from 'react';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  unit: { id: string; kind: string; name: string };
}
export interface Session {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
  me: SessionUser;
}

const KEY = 'yuqing.console.session';
let current: Session | null = read();
const listeners = new Set<() => void>();

function read(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  return current;
}

export function setSession(next: Session | null): void {
  current = next;
  if (next) localStorage.setItem(KEY, JSON.stringify(next));
  else localStorage.removeItem(KEY);
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession);
}

export const hasRole = (s: Session | null, ...roles: string[]) =>
  !!s && s.me.roles.some((r) => roles.includes(r));
export const isCentre = (s: Session | null) => s?.me.unit.kind === 'COUNTY_CENTER';
export const isAuditor = (s: Session | null) => hasRole(s, 'AUDITOR');
export const canAudit = (s: Session | null) => isAuditor(s) || (isCentre(s) && hasRole(s, 'LEADER'));
/** 舆情日报 is the centre's, sent to the propaganda department; the county's auditors read it too. */
export const readsDailyReports = (s: Session | null) =>
  isCentre(s) || isAuditor(s) || s?.me.unit.kind === 'PROPAGANDA_DEPT';
/**
 * 舆情专报 is written by the centre's duty officers, handlers and leaders: only for wording (the empty list's hint);
 * the buttons follow Incident.allowedActions and SpecialReport.allowedActions.
 */
export const draftsSpecialReports = (s: Session | null) =>
  isCentre(s) && hasRole(s, 'DUTY_OFFICER', 'HANDLER', 'LEADER');
/**
 * Read by the centre and the county's auditors (drafts too), and once signed off by the leaders (主要领导) of the
 * propaganda department and of every unit it was copied to: any unit of a county may have received one, and the API
 * answers each with its own.
 */
export const readsSpecialReports = (s: Session | null) =>
  !!s && s.me.unit.kind !== 'CITY_OFFICE' && (isCentre(s) || hasRole(s, 'LEADER', 'AUDITOR'));
