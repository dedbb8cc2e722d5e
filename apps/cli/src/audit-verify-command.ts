import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyBundle } from '@app/audit';
import { verifyBundleFiles } from '@app/evidence';
import { FileCheckpointWitness } from '@app/event-store';

export interface CommandResult {
  code: number;
  output: string;
}

const USAGE =
  '用法 / usage: npm run audit:verify -- <文件 / file> --key <公钥 / public-key.pem> [--witness <witness.jsonl>] [--json]\n' +
  '  --key                 部署公布的审计公钥（auditPublicKey）/ the deployment’s published public key\n' +
  '  --trust-bundle-key    不指定公钥，信任文件自带的公钥（只能证明文件自洽）/ use the key inside the bundle (proves self-consistency only)\n' +
  '  --witness             部署的见证文件 / the deployment’s witness file\n' +
  '  --witness-key         独立见证方（如市委网信办部署）的公钥：核对其副签，并报告尚无独立见证的封存点 / the independent witness’s public key: checks its countersignatures and reports history no independent witness has seen\n' +
  '  --unsigned-through N  部署公布的启用签名前的封存点个数（默认 0）/ as published with the key (default 0)\n' +
  '  --files               audit:export --files 导出的附件目录：逐个核对 SHA-256 / the attached files exported beside the bundle: each checked against its SHA-256\n';

/**
 * The offline verifier: no database, no network. Exit 0 when intact, 1 with the first fault named, 2 when it could
 * not run (usage, unreadable file).
 */
export async function auditVerifyCommand(argv: string[]): Promise<CommandResult> {
  let values: {
    key?: string;
    witness?: string;
    'witness-key'?: string;
    json?: boolean;
    'trust-bundle-key'?: boolean;
    'unsigned-through'?: string;
    files?: string;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        key: { type: 'string' },
        witness: { type: 'string' },
        'witness-key': { type: 'string' },
        json: { type: 'boolean', default: false },
        'trust-bundle-key': { type: 'boolean', default: false },
        'unsigned-through': { type: 'string' },
        files: { type: 'string' },
      },
    }));
  } catch (err) {
    return { code: 2, output: `${(err as Error).message}\n${USAGE}` };
  }
  const file = positionals[0];
  const unsignedThrough = Number(values['unsigned-through'] ?? 0);
  if (
    !file ||
    (!values.key && !values['trust-bundle-key']) ||
    !Number.isInteger(unsignedThrough) ||
    unsignedThrough < 0
  )
    return { code: 2, output: USAGE };
  let bundle: unknown;
  let trustedKeyPem: string | undefined;
  let independentWitnessKeyPem: string | undefined;
  try {
    bundle = JSON.parse(readFileSync(file, 'utf8'));
    trustedKeyPem = values.key ? readFileSync(values.key, 'utf8') : undefined;
    independentWitnessKeyPem = values['witness-key']
      ? readFileSync(values['witness-key'], 'utf8')
      : undefined;
  } catch (err) {
    return { code: 2, output: `无法读取 / cannot read: ${(err as Error).message}\n` };
  }
  let witness;
  try {
    witness = values.witness ? await new FileCheckpointWitness(values.witness).read() : undefined;
  } catch (err) {
    const message = `见证文件无法采信 / the witness cannot be relied on: ${(err as Error).message}`;
    const fault = { kind: 'WITNESS_CORRUPT', message };
    return {
      code: 1,
      output: values.json ? `${JSON.stringify({ ok: false, fault }, null, 2)}\n` : `${message}\n`,
    };
  }
  const r = verifyBundle(bundle, { trustedKeyPem, witness, unsignedThrough, independentWitnessKeyPem });
  // The files only once the bundle holds: only then are the hashes it names the logged ones.
  const files =
    r.ok && values.files
      ? await verifyBundleFiles(bundle as Parameters<typeof verifyBundleFiles>[0], values.files)
      : null;
  const fileFault = files?.faults[0];
  const ok = r.ok && !fileFault;
  if (values.json)
    return {
      code: ok ? 0 : 1,
      output: `${JSON.stringify({ ...r, ok, files: files ?? undefined }, null, 2)}\n`,
    };
  const lines = [
    `事件 / incident: ${r.incidentId ?? '?'}`,
    `公钥 / key: ${r.keyId ?? '?'}${r.keyPinned ? '' : '（未指定公钥，使用文件自带公钥 / not pinned: the bundle’s own key)'}`,
    `已校验 / checked: ${r.eventsChecked} 条事件 / events, ${r.streamsChecked} 条流 / streams, ${r.checkpointsChecked} 个封存点 / checkpoints` +
      (r.unsealedEvents ? `；${r.unsealedEvents} 条未封存 / unsealed` : '') +
      (r.unsignedCheckpoints ? `；${r.unsignedCheckpoints} 个签名前的封存点 / sealed before signing` : ''),
  ];
  if (files) lines.push(`附件 / attached files: ${files.checked} 个已核对 / checked`);
  if (r.independentWitness) {
    const w = r.independentWitness;
    lines.push(
      `独立见证 / independent witness ${w.keyId}: ` +
        (w.countersignedThrough === null
          ? '未副签任何封存点 / countersigned no checkpoint'
          : `副签至第 ${w.countersignedThrough} 号封存点 / countersigned through #${w.countersignedThrough}`) +
        (w.notCountersigned
          ? `；其后 ${w.notCountersigned} 个封存点尚无独立见证（只有本部署自己见过）/ ${w.notCountersigned} checkpoint(s) no independent witness has seen`
          : ''),
    );
  } else if (!independentWitnessKeyPem) {
    lines.push(
      '独立见证 / independent witness: 未核对（用 --witness-key 指定）/ not checked (give --witness-key)',
    );
  }
  if (r.unsealedEvents)
    lines.push(
      `未封存 / unsealed: ${r.unsealedEvents} 条事件只受哈希链保护，尚无签名封存点 / events protected by their chain only, not yet in a signed checkpoint`,
    );
  if (fileFault)
    lines.push(
      `结论 / result: 不可信 / NOT INTACT — ${fileFault.kind}`,
      `  附件「${fileFault.originalName}」（${fileFault.sha256}）${fileFault.kind === 'FILE_MISSING' ? '缺失' : '与日志记录的 SHA-256 不一致，已被改动'}`,
      `  Attached file ${fileFault.originalName} (${fileFault.sha256}) is ${fileFault.kind === 'FILE_MISSING' ? 'missing' : 'altered: it does not match the logged SHA-256'}`,
    );
  else if (r.ok) lines.push('结论 / result: 完好 / INTACT');
  else
    lines.push(
      `结论 / result: 不可信 / NOT INTACT — ${r.fault!.kind}`,
      `  ${r.fault!.message}`,
      `  ${r.fault!.messageEn}`,
    );
  return { code: ok ? 0 : 1, output: `${lines.join('\n')}\n` };
}
