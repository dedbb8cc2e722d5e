import { LocalizedMessage } from '@app/kernel';

/**
 * What an integrity check found, in one word a person can act on. `ok` alone said "intact" for a record that no
 * checkpoint had sealed yet (only its hash chain, which whoever holds the database can recompute, vouched for it):
 * the verdict tells "no fault found, not yet sealed" from "sealed and verified".
 */
export const IntegrityVerdict = {
  /** A broken link was found: the record was altered, truncated or forged. */
  FAULT: 'FAULT',
  /** No fault found, but nothing checked is sealed yet: only the hash chain vouches for it. */
  NOT_SEALED: 'NOT_SEALED',
  /** No fault found; part is sealed and verified, the newest events are not sealed yet. */
  PARTLY_SEALED: 'PARTLY_SEALED',
  /** No fault found, and every event checked is sealed by a verified checkpoint. */
  SEALED: 'SEALED',
} as const;
export type IntegrityVerdict = (typeof IntegrityVerdict)[keyof typeof IntegrityVerdict];

export const INTEGRITY_VERDICT_LABELS: Record<IntegrityVerdict, LocalizedMessage> = {
  FAULT: { zh: '发现问题：记录被改动、截断或伪造', en: 'Fault found: the record was altered, cut or forged' },
  NOT_SEALED: {
    zh: '未发现问题，但尚未封存（仅哈希链保护）',
    en: 'No fault found, not yet sealed (hash chain only)',
  },
  PARTLY_SEALED: {
    zh: '已封存部分核验无误，最新记录尚未封存',
    en: 'Sealed part verified; the newest events are not sealed yet',
  },
  SEALED: { zh: '全部封存并核验无误', en: 'Sealed and verified' },
};

export function integrityVerdict(r: {
  ok: boolean;
  eventsChecked: number;
  unsealedEvents: number;
}): IntegrityVerdict {
  if (!r.ok) return IntegrityVerdict.FAULT;
  if (r.unsealedEvents === 0) return IntegrityVerdict.SEALED;
  return r.unsealedEvents >= r.eventsChecked ? IntegrityVerdict.NOT_SEALED : IntegrityVerdict.PARTLY_SEALED;
}
