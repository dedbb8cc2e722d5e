import { NestFactory } from '@nestjs/core';
import { SingleBar, Presets } from 'cli-progress';
import { ProjectionRunner } from '@app/event-store';
import { StartupError } from '@app/database';
import { CliModule } from './cli.module';
import { runCli } from './run-cli';

/**
 * `npm run rebuild -- <projection>` (or `--all`): empties a read model and rebuilds it from the event log, with a
 * progress bar on a terminal and plain progress lines otherwise. Safe while the API runs: live catch-up waits.
 */
runCli('rebuild', async (db, args) => {
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(db), {
    logger: ['error', 'warn'],
  });
  try {
    await app.init();
    const runner = app.get(ProjectionRunner);
    const names = args.includes('--all') ? runner.names() : args.filter((a) => !a.startsWith('-'));
    if (names.length === 0) {
      throw new StartupError(
        `请指定要重建的投影，例如 npm run rebuild -- incident-view（可选：${runner.names().join(', ')}，或 --all）/ Name a projection to rebuild (${runner.names().join(', ')}) or --all.`,
      );
    }
    for (const name of names) {
      if (!runner.names().includes(name)) {
        throw new StartupError(
          `没有名为 ${name} 的投影（可选：${runner.names().join(', ')}）/ No projection named ${name}.`,
        );
      }
      const started = Date.now();
      const tty = process.stdout.isTTY;
      const bar = tty
        ? new SingleBar(
            { format: `${name} [{bar}] {percentage}% | {value}/{total} events | {eta}s` },
            Presets.shades_classic,
          )
        : null;
      let lastReported = -1;
      const result = await runner.rebuild(name, ({ processed, total }) => {
        if (bar) {
          if (processed === 0) bar.start(total, 0);
          bar.setTotal(total);
          bar.update(processed);
        } else {
          const tenth = total ? Math.floor((processed / total) * 10) : 10;
          if (tenth !== lastReported) {
            lastReported = tenth;
            process.stdout.write(`${name}: ${processed}/${total} events\n`);
          }
        }
      });
      bar?.stop();
      process.stdout.write(
        `重建完成 / rebuilt ${name}: ${result.processed} events in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );
    }
  } finally {
    await app.close();
  }
});
