import { KeyObject } from 'node:crypto';
import {
  canonicalJson,
  checkCheckpointChain,
  checkEvent,
  checkpointMismatch,
  checkReceipts,
  checkWitness,
  compareLogPositions,
  digestAlgorithmOf,
  digestLine,
  eventOutsideLog,
  eventWithheld,
  IntegrityFault,
  LOG_START,
  LogCheckpoint,
  LogPosition,
  newDigest,
  notSealed,
  outOfLogOrder,
  parsePublicKey,
  publicKeyId,
  StreamLink,
  streamHeadMismatch,
  VerificationFault,
  verifySignature,
  WitnessedHead,
} from '@app/event-store';
import { wholeStreamsOf } from '../domain/incident-streams';
import { AuditBundle, BUNDLE_FORMAT, BundleCheckpoint, BundleEvent } from './audit-bundle';

export interface BundleReport {
  ok: boolean;
  incidentId: string | null;
  keyId: string | null;
  /** False when no key was given to expect: the bundle's own key was used, which proves only self-consistency. */
  keyPinned: boolean;
  eventsChecked: number;
  streamsChecked: number;
  checkpointsChecked: number;
  /** Checkpoints sealed before signing existed, allowed by `unsignedThrough`. */
  unsignedCheckpoints: number;
  unsealedEvents: number;
  /**
   * With the independent witness's key given: how far it countersigned the bundle's checkpoints, and how many
   * signed ones it has not — history no one outside the deployment had seen at export.
   */
  independentWitness?: { keyId: string; countersignedThrough: number | null; notCountersigned: number };
  fault?: VerificationFault;
}

export interface BundleVerifyOptions {
  /** The deployment's public key (PEM) as published (`auditPublicKey`), obtained apart from the bundle. */
  trustedKeyPem?: string;
  /** Checkpoint heads from the deployment's witness file. */
  witness?: WitnessedHead[];
  /** As published with the key: checkpoints up to this seq were sealed before signing existed (default 0). */
  unsignedThrough?: number;
  /** The public key (PEM) of the deployment's independent witness, obtained from that witness. */
  independentWitnessKeyPem?: string;
}

const malformed = (what: string, whatEn: string) =>
  new IntegrityFault({
    kind: 'BUNDLE_MALFORMED',
    message: `导出文件格式有误：${what}`,
    messageEn: `The bundle is malformed: ${whatEn}`,
  });

const POSITION = /^(-?\d+):(-?\d+)$/;

/** How far the exporting host's clock may differ from the sealing server's. */
export const CLOCK_GRACE_MS = 60_000;

function position(text: unknown, where: string): LogPosition {
  const m = typeof text === 'string' ? POSITION.exec(text) : null;
  if (!m) throw malformed(`${where} 的位置无法识别`, `${where} has no valid position`);
  return { transactionId: BigInt(m[1]), globalPosition: BigInt(m[2]) };
}

const toCheckpoint = (c: BundleCheckpoint): LogCheckpoint => ({
  ...c,
  from: position(c.from, `checkpoint #${c.seq}`),
  to: position(c.to, `checkpoint #${c.seq}`),
  sealedAt: new Date(c.sealedAt),
});

/**
 * Checks a bundle with no database: its signature, the signed checkpoint chain (and the witness), every event's hash
 * and chain, every whole stream from its first event to its head, each checkpoint from the first that seals a
 * bundled event to the latest against the lines it sealed, and that the events and those lines agree both ways.
 * Stops at the first fault and names it; a bundle that cannot even be read is BUNDLE_MALFORMED, never an exception.
 */
export function verifyBundle(input: unknown, options: BundleVerifyOptions = {}): BundleReport {
  const report: BundleReport = {
    ok: true,
    incidentId: null,
    keyId: null,
    keyPinned: Boolean(options.trustedKeyPem),
    eventsChecked: 0,
    streamsChecked: 0,
    checkpointsChecked: 0,
    unsignedCheckpoints: 0,
    unsealedEvents: 0,
  };
  try {
    check(input, options, report);
    return report;
  } catch (err) {
    const fault =
      err instanceof IntegrityFault
        ? err.fault
        : malformed(String((err as Error)?.message ?? err), String((err as Error)?.message ?? err)).fault;
    return { ...report, ok: false, fault };
  }
}

function check(input: unknown, options: BundleVerifyOptions, report: BundleReport): void {
  const b = shape(input);
  report.incidentId = b.incidentId;
  let key: KeyObject;
  try {
    key = parsePublicKey(options.trustedKeyPem ?? b.publicKeyPem);
  } catch {
    throw malformed('公钥无法读取', 'the public key cannot be read');
  }
  report.keyId = publicKeyId(key);
  const { signature, ...body } = b;
  if (!verifySignature(key, 'bundle', canonicalJson(body), signature)) {
    throw new IntegrityFault({
      kind: 'BUNDLE_SIGNATURE_INVALID',
      message: options.trustedKeyPem
        ? `导出文件的签名不是指定公钥（${report.keyId}）所签：文件被改动或由他人签名`
        : '导出文件的签名与其内容不符：文件被改动',
      messageEn: options.trustedKeyPem
        ? `The bundle is not signed by the given key (${report.keyId}): it was changed or signed by someone else`
        : 'The bundle signature does not match its content: the file was changed',
    });
  }

  // The checkpoint chain, as far as the deployment had sealed at export; and what the witness saw by then.
  const checkpoints = b.checkpoints.map(toCheckpoint);
  report.unsignedCheckpoints = checkCheckpointChain(
    checkpoints,
    key,
    report.keyId,
    options.unsignedThrough ?? 0,
  ).unsigned;
  if (options.witness) {
    // Heads up to the bundle's latest checkpoint must match; a later head sealed well before the export (the export
    // holds off sealing while it reads, so only clock differences matter) is a checkpoint removed before export.
    const last = checkpoints.length ? checkpoints[checkpoints.length - 1].seq : 0;
    const exportedAt = new Date(b.exportedAt).getTime();
    checkWitness(
      new Map(checkpoints.map((c) => [c.seq, c])),
      options.witness.filter(
        (h) => h.seq <= last || new Date(h.sealedAt).getTime() < exportedAt - CLOCK_GRACE_MS,
      ),
    );
  }

  if (options.independentWitnessKeyPem) {
    let witnessKey: KeyObject;
    try {
      witnessKey = parsePublicKey(options.independentWitnessKeyPem);
    } catch {
      throw malformed('见证方公钥无法读取', "the witness's public key cannot be read");
    }
    const witnessKeyId = publicKeyId(witnessKey);
    const receipts = (b.witnessReceipts ?? []).filter((r) => r.witnessKeyId === witnessKeyId);
    const { countersignedThrough } = checkReceipts(
      new Map(checkpoints.map((c) => [c.seq, c])),
      receipts,
      { publicKey: witnessKey, name: witnessKeyId },
      report.keyId,
    );
    report.independentWitness = {
      keyId: witnessKeyId,
      countersignedThrough,
      notCountersigned: checkpoints.filter((c) => c.signature && c.seq > (countersignedThrough ?? 0)).length,
    };
  }

  // Events: every named stream is whole in the bundle; hash and chain per stream, in version order.
  const positions = new Map<BundleEvent, LogPosition>();
  for (const e of b.events) {
    const at = position(e.position, `${e.streamId}#${e.streamVersion}`);
    if (compareLogPositions(at, LOG_START) <= 0)
      throw eventOutsideLog(e.streamId, e.streamVersion, e.position);
    positions.set(e, at);
  }
  const whole = new Set(b.streams.map((s) => s.streamId));
  for (const id of wholeStreamsOf(
    b.incidentId,
    b.events.map((e) => ({
      streamId: e.streamId,
      streamType: e.streamType,
      data: (e.data ?? {}) as Record<string, unknown>,
    })),
  )) {
    if (!whole.has(id))
      throw malformed(
        `事件引用的流 ${id} 未包含在文件中`,
        `stream ${id}, named by the events, is not in the bundle`,
      );
  }
  const links = new Map<string, StreamLink>();
  const byStream = [...b.events].sort((x, y) =>
    x.streamId === y.streamId ? x.streamVersion - y.streamVersion : x.streamId < y.streamId ? -1 : 1,
  );
  const lastAt = new Map<string, LogPosition>();
  for (const e of byStream) {
    // Within a stream, later versions come later in the log: an event slipped in "after the end" and chained onto
    // would otherwise sit unsealed before sealed ones.
    const at = positions.get(e)!;
    const prevAt = lastAt.get(e.streamId);
    if (prevAt && compareLogPositions(at, prevAt) <= 0)
      throw outOfLogOrder(e.streamId, e.streamVersion, e.position);
    lastAt.set(e.streamId, at);
    let before = links.get(e.streamId);
    if (!whole.has(e.streamId) && e.streamVersion > 1 && before?.version !== e.streamVersion - 1) {
      // A shared stream (an inbox): the event before belongs to something else; the bundle carries its hash.
      const hash = b.predecessors[`${e.streamId}#${e.streamVersion - 1}`];
      before = hash ? { version: e.streamVersion - 1, hash } : { version: e.streamVersion - 2, hash: '' };
    }
    checkEvent({ ...e, recordedAt: new Date(e.recordedAt) }, before);
    links.set(e.streamId, { version: e.streamVersion, hash: e.hash });
    report.eventsChecked++;
  }
  for (const s of b.streams) {
    const seen = links.get(s.streamId);
    if (s.version === null && !seen) {
      throw new IntegrityFault({
        kind: 'STREAM_MISSING',
        streamId: s.streamId,
        message: `流 ${s.streamId} 被其他事件引用，但导出时已不存在：整条流被删除`,
        messageEn: `Stream ${s.streamId} is named by other events but did not exist at export: the whole stream was removed`,
      });
    }
    if (!seen || seen.version !== s.version || seen.hash !== s.lastHash)
      throw streamHeadMismatch(s.streamId, s.version ?? 0, seen?.version ?? 0);
    report.streamsChecked++;
  }

  // Checkpoints from the first that seals a bundled event to the latest: each against its lines; every bundled event
  // at or before the latest is among them, and every line of a whole stream is a bundled event.
  const lineKey = (pos: string, streamId: string, version: number, hash: string) =>
    `${pos}|${streamId}|${version}|${hash}`;
  const pending = new Map(b.events.map((e) => [lineKey(e.position, e.streamId, e.streamVersion, e.hash), e]));
  const earliest = [...positions.values()].reduce<LogPosition | null>(
    (min, p) => (!min || compareLogPositions(p, min) < 0 ? p : min),
    null,
  );
  const first = earliest ? checkpoints.findIndex((c) => compareLogPositions(earliest, c.to) <= 0) : -1;
  if (first >= 0) {
    for (const cp of checkpoints.slice(first)) {
      const lines = b.sealed[String(cp.seq)];
      if (!Array.isArray(lines))
        throw malformed(
          `缺少第 ${cp.seq} 号封存点封存的记录`,
          `the lines of checkpoint #${cp.seq} are missing`,
        );
      const digest = newDigest(digestAlgorithmOf(cp));
      for (const line of lines) {
        if (!Array.isArray(line) || line.length !== 5)
          throw malformed(
            `第 ${cp.seq} 号封存点的记录格式有误`,
            `a line of checkpoint #${cp.seq} is malformed`,
          );
        const [tx, pos, streamId, streamVersion, hash] = line;
        const at = position(`${tx}:${pos}`, `checkpoint #${cp.seq}`);
        digest.update(digestLine({ ...at, streamId, streamVersion, hash }));
        if (!pending.delete(lineKey(`${tx}:${pos}`, streamId, streamVersion, hash)) && whole.has(streamId))
          throw eventWithheld(streamId, streamVersion, `${tx}:${pos}`);
      }
      if (
        lines.length !== cp.eventCount ||
        `${digestAlgorithmOf(cp)}:${digest.digest('hex')}` !== cp.eventsDigest
      )
        throw checkpointMismatch(cp, lines.length);
      report.checkpointsChecked++;
    }
  }
  const sealedTo = checkpoints.length ? checkpoints[checkpoints.length - 1].to : LOG_START;
  for (const e of pending.values()) {
    if (compareLogPositions(positions.get(e)!, sealedTo) <= 0) throw notSealed(e);
    report.unsealedEvents++;
  }
}

function shape(input: unknown): AuditBundle {
  const b = input as Partial<AuditBundle> | null;
  if (!b || typeof b !== 'object') throw malformed('不是 JSON 对象', 'not a JSON object');
  if (b.format !== BUNDLE_FORMAT)
    throw malformed(
      `格式应为 ${BUNDLE_FORMAT}`,
      `format must be ${BUNDLE_FORMAT}, found ${String(b.format)}`,
    );
  for (const field of ['events', 'streams', 'checkpoints'] as const)
    if (!Array.isArray(b[field])) throw malformed(`缺少 ${field}`, `${field} is missing`);
  for (const field of ['incidentId', 'publicKeyPem', 'signature', 'exportedAt'] as const)
    if (typeof b[field] !== 'string') throw malformed(`缺少 ${field}`, `${field} is missing`);
  if (Number.isNaN(new Date(b.exportedAt!).getTime()))
    throw malformed('导出时间无法识别', 'exportedAt is not a time');
  if (b.witnessReceipts !== undefined && !Array.isArray(b.witnessReceipts))
    throw malformed('witnessReceipts 应为列表', 'witnessReceipts must be a list');
  if (!b.sealed || typeof b.sealed !== 'object' || !b.predecessors || typeof b.predecessors !== 'object')
    throw malformed('缺少 sealed 或 predecessors', 'sealed or predecessors is missing');
  for (const e of b.events!) {
    const ok =
      e &&
      typeof e === 'object' &&
      typeof e.streamId === 'string' &&
      typeof e.streamType === 'string' &&
      Number.isInteger(e.streamVersion) &&
      typeof e.hash === 'string' &&
      typeof e.prevHash === 'string' &&
      typeof e.recordedAt === 'string' &&
      !Number.isNaN(new Date(e.recordedAt).getTime());
    if (!ok) throw malformed('事件记录格式有误', 'an event is malformed');
  }
  for (const c of b.checkpoints!) {
    const ok =
      c &&
      typeof c === 'object' &&
      Number.isInteger(c.seq) &&
      typeof c.hash === 'string' &&
      typeof c.eventsDigest === 'string' &&
      typeof c.sealedAt === 'string' &&
      !Number.isNaN(new Date(c.sealedAt).getTime());
    if (!ok) throw malformed('封存点格式有误', 'a checkpoint is malformed');
  }
  return b as AuditBundle;
}
