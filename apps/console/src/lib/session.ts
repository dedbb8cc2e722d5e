import { useSyncExternalStore } from 'react';
import type { Capability } from '../gql/graphql';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  /** What the API says this session may do at page level (Me.capabilities, from the one access policy). */
  capabilities?: Capability[];
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

/**
 * Whether the API lists this capability for the session (ADR 0017): menus, routes and page-level buttons ask this,
 * never the roles. A stored session's list is brought up to date as the console starts (App asks `me` again).
 */
export const can = (s: Session | null, capability: Capability) =>
  !!s && (s.me.capabilities ?? []).includes(capability);

/**
 * The workbench (工作台) is for those who run the county's incidents: who may read all of them and has a 待办 of
 * their own (the API's READ_COUNTY_INCIDENTS and WORK_INBOX: the auditors read everything and work no inbox).
 */
export const worksTheCounty = (s: Session | null) => can(s, 'READ_COUNTY_INCIDENTS') && can(s, 'WORK_INBOX');

/** 口径/通稿: where the county's statements are drafted (the centre), approved (宣传部) or published (发言人). */
export const worksStatements = (s: Session | null) =>
  can(s, 'DRAFT_COUNTY_STATEMENTS') || can(s, 'APPROVE_STATEMENTS') || can(s, 'PUBLISH_STATEMENTS');

/**
 * Where each person starts, from what the API says they may do: the county's workbench, their 待办, the audit (an
 * auditor), or the incidents they may read.
 */
export function homeOf(s: Session): string {
  if (worksTheCounty(s)) return '/dashboard';
  if (can(s, 'WORK_INBOX')) return '/inbox';
  if (can(s, 'READ_AUDIT')) return '/audit';
  return '/incidents';
}

/** A stored session's user with what `me` answers now (capabilities change with roles and the county's units). */
export function refreshMe(me: SessionUser): void {
  const s = getSession();
  if (!s || s.me.id !== me.id || JSON.stringify(s.me) === JSON.stringify(me)) return;
  setSession({ ...s, me });
}
