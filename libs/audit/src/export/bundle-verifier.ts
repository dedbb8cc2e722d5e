import { KeyObject } from 'node:crypto';
import {
  algorithmOf,
  canonicalJson,
  checkCheckpointChain,
  checkEvent,
  checkpointMismatch,
  checkWitness,
  compareLogPositions,
  digestLine,
  IntegrityFault,
  LogCheckpoint,
  newDigest,
  parseLogPosition,
  parsePublicKey,
  publicKeyId,
  StreamLink,
  streamHeadMismatch,
  VerificationFault,
  verifySignature,
  WitnessedHead,
} from '@app/event-store';
import { wholeStreamsOf } from '../domain/incident-streams';
import { AuditBundle, BUNDLE_FORMAT, BundleCheckpoint } from './audit-bundle';

export interface BundleReport {
  ok: boolean;
  incidentId: string | null;
  keyId: string | null;
  /** False when no key was given to expect: the bundle's own key was used, which proves only self-consistency. */
  keyPinned: boolean;
  eventsChecked: number;
  streamsChecked: number;
  checkpointsChecked: number;
  unsealedEvents: number;
  fault?: VerificationFault;
}

export interface BundleVerifyOptions {
  /** The deployment's public key (PEM) as published (`auditPublicKey`), obtained apart from the bundle. */
  trustedKeyPem?: string;
  /** Checkpoint heads from the deployment's witness file. */
  witness?: WitnessedHead[];
}

const malformed = (what: string, whatEn: string) =>
  new IntegrityFault({
    kind: 'BUNDLE_MALFORMED',
    message: `导出文件格式有误：${what}`,
    messageEn: `The bundle is malformed: ${whatEn}`,
  });

const toCheckpoint = (c: BundleCheckpoint): LogCheckpoint => ({
  ...c,
  from: parseLogPosition(c.from),
  to: parseLogPosition(c.to),
  sealedAt: new Date(c.sealedAt),
});

/**
 * Checks a bundle with no database: its signature, the signed checkpoint chain, each sealing checkpoint against the
 * lines it sealed, every event's hash and chain, every whole stream from its first event to its head, and that every
 * bundled event is among the lines its checkpoint sealed. Stops at the first fault and names it.
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
    unsealedEvents: 0,
  };
  try {
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

    const checkpoints = b.checkpoints.map(toCheckpoint);
    checkCheckpointChain(checkpoints, key, report.keyId);
    if (options.witness) {
      const last = checkpoints[checkpoints.length - 1]?.seq ?? 0;
      checkWitness(
        new Map(checkpoints.map((c) => [c.seq, c])),
        options.witness.filter((h) => h.seq <= last),
      );
    }
    // Events: hash and chain, in stream order.
    const whole = new Set(b.streams.map((s) => s.streamId));
    for (const id of wholeStreamsOf(
      b.events.map((e) => ({
        streamId: e.streamId,
        streamType: e.streamType,
        data: e.data as Record<string, unknown>,
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
    for (const e of byStream) {
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

    // Each sealing checkpoint against its lines; then each line is known to be what the signed checkpoint sealed.
    const sealedLines = new Set<string>();
    for (const [seqText, lines] of Object.entries(b.sealed)) {
      const cp = checkpoints.find((c) => c.seq === Number(seqText));
      if (!cp) throw malformed(`缺少第 ${seqText} 号封存点`, `checkpoint #${seqText} is missing`);
      const digest = newDigest(algorithmOf(cp.eventsDigest));
      for (const [tx, pos, streamId, streamVersion, hash] of lines) {
        digest.update(
          digestLine({
            transactionId: BigInt(tx),
            globalPosition: BigInt(pos),
            streamId,
            streamVersion,
            hash,
          }),
        );
        sealedLines.add(`${tx}:${pos}|${streamId}|${streamVersion}|${hash}`);
      }
      if (
        lines.length !== cp.eventCount ||
        `${algorithmOf(cp.eventsDigest)}:${digest.digest('hex')}` !== cp.eventsDigest
      )
        throw checkpointMismatch(cp, lines.length);
      report.checkpointsChecked++;
    }

    // Every event in a sealed range is among the lines sealed there; lines of a whole stream are all in the bundle.
    const lastSealed = checkpoints[checkpoints.length - 1]?.to;
    const bundled = new Set(b.events.map((e) => `${e.position}|${e.streamId}|${e.streamVersion}|${e.hash}`));
    for (const e of b.events) {
      if (!lastSealed || compareLogPositions(parseLogPosition(e.position), lastSealed) > 0) {
        report.unsealedEvents++;
        continue;
      }
      if (!sealedLines.has(`${e.position}|${e.streamId}|${e.streamVersion}|${e.hash}`)) {
        throw new IntegrityFault({
          kind: 'EVENT_NOT_SEALED',
          streamId: e.streamId,
          streamVersion: e.streamVersion,
          position: e.position,
          message: `流 ${e.streamId} 第 ${e.streamVersion} 版事件不在封存点所封存的记录中：事件是封存后伪造或改动的`,
          messageEn: `Stream ${e.streamId} version ${e.streamVersion} is not among the events its checkpoint sealed: it was forged or changed after sealing`,
        });
      }
    }
    for (const lines of Object.values(b.sealed)) {
      for (const [tx, pos, streamId, streamVersion, hash] of lines) {
        if (whole.has(streamId) && !bundled.has(`${tx}:${pos}|${streamId}|${streamVersion}|${hash}`)) {
          throw new IntegrityFault({
            kind: 'SEQUENCE_BROKEN',
            streamId,
            streamVersion,
            position: `${tx}:${pos}`,
            message: `封存点记录了流 ${streamId} 第 ${streamVersion} 版，导出文件中却没有：事件被隐去`,
            messageEn: `A checkpoint sealed stream ${streamId} version ${streamVersion}, which the bundle leaves out: an event was withheld`,
          });
        }
      }
    }
    return report;
  } catch (err) {
    if (err instanceof IntegrityFault) return { ...report, ok: false, fault: err.fault };
    throw err;
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
  for (const field of ['incidentId', 'publicKeyPem', 'signature'] as const)
    if (typeof b[field] !== 'string') throw malformed(`缺少 ${field}`, `${field} is missing`);
  if (!b.sealed || typeof b.sealed !== 'object' || !b.predecessors || typeof b.predecessors !== 'object')
    throw malformed('缺少 sealed 或 predecessors', 'sealed or predecessors is missing');
  return b as AuditBundle;
}
