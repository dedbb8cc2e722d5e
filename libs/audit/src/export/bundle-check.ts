import { createHash } from 'node:crypto';
import { VerificationFault, WitnessedHead } from '@app/event-store';
import { BundleReport, verifyBundle } from './bundle-verifier';

/**
 * What an auditor learns from a bundle file handed to the console (issue 20 §8): the offline verifier's report, the
 * file's own fingerprint (so the report names exactly the bytes that were checked), and the incident it is about.
 */
export interface BundleCheck extends BundleReport {
  /** `sha256:<hex>` of the file's bytes as received. */
  fingerprint: string;
  size: number;
  /** The incident's title as the bundle's own report event holds it; null for a 涉密 incident or when unreadable. */
  incidentTitle: string | null;
  exportedAt: string | null;
  /** Checkpoint heads of this deployment's witness the bundle was held against (0: none were available). */
  witnessHeads: number;
}

const malformedJson = (): VerificationFault => ({
  kind: 'BUNDLE_MALFORMED',
  message: '导出文件格式有误：不是有效的 JSON 文件（请上传“导出签名包”保存的 .bundle.json 文件）',
  messageEn:
    'The bundle is malformed: not a valid JSON file (upload the .bundle.json saved by the bundle export)',
});

/** The title from the incident's IncidentReported event, unless the incident was registered as 涉密. */
function titleOf(bundle: unknown): string | null {
  const b = bundle as { incidentId?: unknown; events?: unknown } | null;
  if (!b || !Array.isArray(b.events)) return null;
  const reported = (b.events as { type?: unknown; streamId?: unknown; data?: unknown }[]).find(
    (e) =>
      e?.type === 'IncidentReported' &&
      typeof e.streamId === 'string' &&
      e.streamId.endsWith(String(b.incidentId)),
  );
  const data = reported?.data as { title?: unknown; confidential?: unknown } | undefined;
  return data && typeof data.title === 'string' && data.confidential !== true ? data.title : null;
}

/**
 * Checks a bundle file's bytes exactly as `npm run audit:verify -- <file> --key <the deployment's key> --witness …`
 * does, with no database: the same verifier, pinned to this deployment's published key and its witness heads. A
 * file that is not JSON is a fault like any other (BUNDLE_MALFORMED), never an exception.
 */
export function checkBundleFile(
  bytes: Buffer,
  options: { trustedKeyPem: string; witness?: WitnessedHead[]; unsignedThrough?: number },
): BundleCheck {
  const fingerprint = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  const about = { fingerprint, size: bytes.length, witnessHeads: options.witness?.length ?? 0 };
  let bundle: unknown;
  try {
    bundle = JSON.parse(bytes.toString('utf8'));
  } catch {
    return {
      ...about,
      ok: false,
      incidentId: null,
      incidentTitle: null,
      exportedAt: null,
      keyId: null,
      keyPinned: true,
      eventsChecked: 0,
      streamsChecked: 0,
      checkpointsChecked: 0,
      unsignedCheckpoints: 0,
      unsealedEvents: 0,
      fault: malformedJson(),
    };
  }
  const report = verifyBundle(bundle, options);
  const exportedAt = (bundle as { exportedAt?: unknown } | null)?.exportedAt;
  return {
    ...report,
    ...about,
    incidentTitle: titleOf(bundle),
    exportedAt: typeof exportedAt === 'string' ? exportedAt : null,
  };
}
