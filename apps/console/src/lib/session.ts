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
 * never the roles. A session stored before the field existed lists nothing until its next refresh.
 */
export const can = (s: Session | null, capability: Capability) =>
  !!s && (s.me.capabilities ?? []).includes(capability);

/**
 * Which pages a session works in rather than what it may do: an auditor lands on the audit and works no inbox; the
 * county centre's people land on the workbench. Presentation only — every call is still the API's to allow.
 */
export const isAuditor = (s: Session | null) => !!s && s.me.roles.includes('AUDITOR');
export const isCentre = (s: Session | null) => s?.me.unit.kind === 'COUNTY_CENTER';

/**
 * The workbench (工作台) is for those who run the county's incidents: who may read all of them (the API's
 * READ_COUNTY_INCIDENTS), auditors aside, who only read.
 */
export const worksTheCounty = (s: Session | null) => can(s, 'READ_COUNTY_INCIDENTS') && !isAuditor(s);
