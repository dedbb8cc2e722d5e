import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { BundleExporter } from '@app/audit';
import { StartupError } from '@app/database';
import { CliModule } from './cli.module';
import { runCli } from './run-cli';

/**
 * `npm run audit:export -- <incident-id> --out <file>`: seals what is not sealed yet (so every event of the incident
 * is covered by a signed checkpoint), then writes the incident's signed bundle. `--no-seal` exports as things stand.
 */
runCli('audit:export', async (db, argv) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, 'no-seal': { type: 'boolean', default: false } },
  });
  const incidentId = positionals[0];
  if (!incidentId || !values.out) {
    throw new StartupError(
      '用法 / usage: npm run audit:export -- <事件ID / incident-id> --out <文件 / file> [--no-seal]',
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
  } finally {
    await app.close();
  }
});
