import { DEMO_PASSWORD, DemoSeeder, demoUnitId } from '@app/demo';
import { CommandBus } from '@nestjs/cqrs';
import { RemindTaskCommand } from '@app/dispatch';
import { LogSigningKey, MemoryCheckpointWitness } from '@app/event-store';
import { SignInService } from '@app/identity';
import { ManualClock } from '@app/kernel';
import { TimerService } from '@app/timers';
import { startApiServer } from '../../apps/api/src/api-server';
import { benchDatabase } from './bench-database';
import { GraphqlHttpClient } from './http-graphql';

/**
 * The timers' cost (part of `npm run bench`): N tasks fall overdue at once (after a night with the system down);
 * one process sweeps and runs every due timer — sign-for and first-reply reminders, the overdue notice with its
 * automatic 督办, the nearly-due reminders it overtakes. Reference in the same run: the same number of reminders
 * (催办) given by a person through the same command path in the same process, one per task.
 */
const TASKS = Number(process.env.BENCH_TIMER_TASKS ?? 300);
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`;

async function main(): Promise<void> {
  const db = await benchDatabase();
  const http = new GraphqlHttpClient(120_000);
  const start = Date.now() - 14 * 3_600_000;
  const clock = new ManualClock(new Date(start));
  process.stderr.write(`Timer benchmarks on ${db.serverLabel}\n`);
  const server = await startApiServer({
    urls: { appUrl: db.appUrl, ownerUrl: db.ownerUrl },
    config: { port: 0, host: '127.0.0.1', production: false, sealIntervalMs: 0, seedDemo: false },
    integrity: {
      hashAlgorithm: 'sha256',
      signingKey: LogSigningKey.generate(),
      witness: new MemoryCheckpointWitness(),
    },
    clock,
    logLevels: ['error', 'warn'],
  });
  try {
    await server.app.get(DemoSeeder).seed();
    const url = `${server.url}/graphql`;
    const token = (
      await http.call<{ login: { accessToken: string } }>(url, 'login', LOGIN, {
        input: { username: 'zhouming', password: DEMO_PASSWORD },
      })
    ).login.accessToken;
    const m = <T>(name: string, input: Record<string, unknown>, select = 'id') =>
      http.call<Record<string, T>>(
        url,
        name,
        `mutation M($i: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $i) { ${select} } }`,
        { i: input },
        token,
      );
    const incidentId = (
      await m<{ id: string }>('reportIncident', {
        channel: 'MONITORING',
        platform: 'WEIBO',
        title: '基准：夜间集中超时',
        discoveredAt: clock.now().toISOString(),
      })
    ).reportIncident.id;
    await m('assessIncident', {
      incidentId,
      nature: 'INQUIRY_APPEAL',
      veracity: 'UNVERIFIED',
      field: 'OTHER',
      grade: 'III',
      reasoning: '基准',
    });
    await m('listIncident', { incidentId, requirements: '核实' });
    const units = ['donghu', 'xishan', 'nanping', 'beicheng'];
    const taskIds: string[] = [];
    for (let i = 0; i < TASKS; i++) {
      const t = await m<{ id: string }>('dispatchTask', {
        incidentId,
        unitId: demoUnitId(units[i % units.length]),
        role: 'SUPPORT',
        requirements: `核实第 ${i + 1} 处`,
      });
      taskIds.push(t.dispatchTask.id);
    }

    // Reference: a person's 催办 on each task, through the same executor, in this process.
    const principal = await server.app.get(SignInService).authenticate(token);
    const commands = server.app.get(CommandBus);
    const refStart = process.hrtime.bigint();
    for (const taskId of taskIds) {
      const ctx = {
        actor: { userId: principal!.userId, unitId: principal!.unitId },
        now: clock.now(),
        correlationId: taskId,
      };
      await commands.execute(new RemindTaskCommand(principal!, taskId, { note: '基准催办' }, ctx));
    }
    const refSeconds = Number(process.hrtime.bigint() - refStart) / 1e9;
    const refPerSec = TASKS / refSeconds;

    // Fourteen hours on, the system comes back: everything that fell due runs.
    clock.set(new Date(start + 14 * 3_600_000));
    const timers = server.app.get(TimerService);
    const t0 = process.hrtime.bigint();
    const runs = await timers.fireDue();
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const fired = runs.filter((r) => r.outcome === 'FIRED').length;
    const result = {
      tasks: TASKS,
      timersRun: runs.length,
      effects: fired,
      seconds: Number(seconds.toFixed(2)),
      timersPerSec: Math.round(runs.length / seconds),
      effectsPerSec: Math.round(fired / seconds),
      referenceRemindersPerSec: Math.round(refPerSec),
      ratioEffectsToReference: Number((fired / seconds / refPerSec).toFixed(2)),
    };
    process.stdout.write(
      `\ntimer measurement                               result\n` +
        `----------------------------------------------  ------------------------------\n` +
        `due timers after downtime (${TASKS} tasks)            ${runs.length} timers, ${fired} effects in ${result.seconds} s\n` +
        `timers run / s                                  ${result.timersPerSec}\n` +
        `effects (events + deliveries) / s               ${result.effectsPerSec}\n` +
        `reference: a person's 催办 / s, same process     ${result.referenceRemindersPerSec}\n` +
        `ratio: timer effects / reference                ${result.ratioEffectsToReference}\n`,
    );
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await server.close();
    await db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `timers bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
