import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { BundleExporter } from '@app/audit';
import { StartupError } from '@app/database';
import { EvidenceConfig, exportBundleFiles } from '@app/evidence';
import { CliModule } from './cli.module';
import { runCli } from './run-cli';

/**
 * `npm run audit:export -- <incident-id> --out <file>`: seals what is not sealed yet (so every event of the incident
 * is covered by a signed checkpoint), then writes the incident's signed bundle. `--no-seal` exports as things stand;
 * `--files <dir>` also writes every attached file the bundle names, under its SHA-256.
 */
runCli('audit:export', async (db, argv) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      'no-seal': { type: 'boolean', default: false },
      files: { type: 'string' },
    },
  });
  const incidentId = positionals[0];
  if (!incidentId || !values.out) {
    throw new StartupError(
      '用法 / usage: npm run audit:export -- <事件ID / incident-id> --out <文件 / file> [--no-seal] [--files <附件目录 / folder for the attached files>]',
    );
  }
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(db), {
    logger: ['error', 'warn'],
  });
  try {
    await app.init();
    const { bundle, text } = await app.get(BundleExporter).file(incidentId, { seal: !values['no-seal'] });
    writeFileSync(values.out, text);
    process.stdout.write(
      `已导出 / exported ${values.out}: ${bundle.events.length} 条事件 / events, ${Object.keys(bundle.sealed).length} 个封存点 / sealing checkpoints, ` +
        `签名公钥 / signed by key ${bundle.keyId}, ${(text.length / 1024).toFixed(1)} KiB\n`,
    );
    if (values.files) {
      // The attached files, each under its SHA-256, for audit:verify --files to check offline (issue 22).
      const n = await exportBundleFiles(bundle, app.get(EvidenceConfig).settings.store, values.files);
      process.stdout.write(`附件 / attached files: ${n} → ${values.files}\n`);
    }
  } finally {
    await app.close();
  }
});
