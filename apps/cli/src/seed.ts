import { NestFactory } from '@nestjs/core';
import { DemoSeeder, formatLogins } from '@app/demo';
import { ProjectionRunner } from '@app/event-store';
import { CliModule } from './cli.module';
import { runCli } from './run-cli';

/** `npm run seed`: creates the demo county if missing; running it again changes nothing. */
runCli('seed', async (db) => {
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(db), {
    logger: ['error', 'warn'],
  });
  try {
    await app.init();
    await app.get(ProjectionRunner).start();
    const report = await app.get(DemoSeeder).seed();
    const { counties, units, users } = report.created;
    process.stdout.write(
      counties + units + users === 0
        ? '演示县已存在，未作改动 / the demo county exists already: nothing changed\n'
        : `已创建 / created: ${counties} county, ${units} units, ${users} users\n${formatLogins(report)}\n`,
    );
  } finally {
    await app.close();
  }
});
