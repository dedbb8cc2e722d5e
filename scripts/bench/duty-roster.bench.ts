import { CommandBus } from '@nestjs/cqrs';
import { systemPrincipal } from '@app/access';
import { DEMO_COUNTY, DemoSeeder, demoUnitId, demoUserId } from '@app/demo';
import {
  DUTY_ROSTER_SNAPSHOT,
  DUTY_ROSTER_STREAM_TYPE,
  dutyRosterDecider,
  DutyPost,
  dutyRosterStreamId,
  AssignDutyShiftCommand,
} from '@app/duty';
import { CommandExecutor, commandMetadata, LogSigningKey, MemoryCheckpointWitness } from '@app/event-store';
import { decisionContextOf, ManualClock } from '@app/kernel';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startApiServer } from '../../apps/api/src/api-server';
import { benchDatabase } from './bench-database';

/**
 * A duty roster's command cost as the roster grows (issue 27, `npm run bench:duty`): a year of the county centre's
 * roster — three shifts a day, about 1,100 events in one stream — entered through DutyService as a duty room would,
 * then an AssignDutyShift on it measured two ways in the same run, interleaved: replaying the whole stream (before)
 * and from its snapshot (after, what DutyService does). Reference: the same command on a township's roster that
 * holds a handful of shifts. Figures are medians over BENCH_DUTY_SAMPLES commands each; no timing is asserted.
 */
const DAYS = Number(process.env.BENCH_DUTY_DAYS ?? 366);
const SAMPLES = Number(process.env.BENCH_DUTY_SAMPLES ?? 40);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
const ms = (x: number) => x.toFixed(2).padStart(8);

async function main(): Promise<void> {
  const db = await benchDatabase();
  // Midnight Beijing, a year ago: the roster is entered day by day, each day's shifts that day.
  const first = Date.parse(`${new Date(Date.now() - DAYS * DAY).toISOString().slice(0, 10)}T00:00:00+08:00`);
  const clock = new ManualClock(new Date(first));
  process.stderr.write(`Duty roster benchmark on ${db.serverLabel}\n`);
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
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  try {
    await server.app.get(DemoSeeder).seed();
    const commands = server.app.get(CommandBus);
    const executor = server.app.get(CommandExecutor);
    const admin = systemPrincipal(DEMO_COUNTY.key);
    const ctx = () => ({
      actor: { userId: admin.userId, unitId: admin.unitId },
      now: clock.now(),
      correlationId: randomUUID(),
    });
    const centre = demoUnitId('center');
    const officer = demoUserId('zhouming'); // 值班员
    const leader = demoUserId('zhenghua'); // the centre's leader, here standing duty officer's shifts

    // A year of the centre's roster: 08:00–16:00 and 00:00–08:00 周明, 16:00–24:00 郑华.
    const t0 = process.hrtime.bigint();
    for (let d = 0; d < DAYS; d++) {
      const day = first + d * DAY;
      clock.set(new Date(day));
      for (const [from, to, userId] of [
        [8, 16, officer],
        [16, 24, leader],
        [24, 32, officer],
      ] as const)
        await commands.execute(
          new AssignDutyShiftCommand(
            admin,
            {
              unitId: centre,
              userId,
              startsAt: new Date(day + from * HOUR),
              endsAt: new Date(day + to * HOUR),
            },
            ctx(),
          ),
        );
      if (d % 60 === 0) process.stderr.write(`  rostered ${d} of ${DAYS} days\n`);
    }
    const rosterSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const events = Number(
      (
        await owner.query<{ n: string }>(`SELECT count(*) AS n FROM es_events WHERE stream_id = $1`, [
          dutyRosterStreamId(centre),
        ])
      ).rows[0].n,
    );

    // The command measured: a shift after the year's roster, for 周明 or 王博 (东湖镇's leader, on its own roster).
    const end = first + DAYS * DAY;
    clock.set(new Date(end));
    const person = (userId: string, unitId: string, displayName: string, isLeader: boolean) => ({
      userId,
      displayName,
      unitId,
      active: true,
      mayStandDuty: true,
      isLeader,
    });
    let slot = 0;
    const assign = async (unitId: string, who: ReturnType<typeof person>, snapshot: boolean) => {
      const startsAt = new Date(end + DAY + slot++ * HOUR);
      const c = ctx();
      const t = process.hrtime.bigint();
      await executor.execute({
        streamId: dutyRosterStreamId(unitId),
        streamType: DUTY_ROSTER_STREAM_TYPE,
        decider: dutyRosterDecider,
        snapshot: snapshot ? DUTY_ROSTER_SNAPSHOT : undefined,
        command: {
          type: 'AssignDutyShift',
          shiftId: randomUUID(),
          unitId,
          countyId: DEMO_COUNTY.key,
          person: who,
          startsAt,
          endsAt: new Date(startsAt.getTime() + HOUR / 2),
          post: DutyPost.OFFICER,
          note: '',
          context: decisionContextOf(admin, c.now),
        },
        owningUnit: unitId,
        metadata: commandMetadata('AssignDutyShift', c),
      });
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    const zhou = person(officer, centre, '周明', false);
    const wang = person(demoUserId('wangbo'), demoUnitId('donghu'), '王博', true);
    // Warm-up: first-use costs (pools, prepared metadata, the first snapshot) are not the point.
    for (let i = 0; i < 3; i++) {
      await assign(centre, zhou, true);
      await assign(centre, zhou, false);
      await assign(demoUnitId('donghu'), wang, true);
    }
    const before: number[] = [];
    const after: number[] = [];
    const reference: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      before.push(await assign(centre, zhou, false));
      after.push(await assign(centre, zhou, true));
      reference.push(await assign(demoUnitId('donghu'), wang, true));
    }
    const snap = (
      await owner.query<{ version: string; shifts: number; bytes: number }>(
        `SELECT version, (SELECT count(*) FROM jsonb_object_keys(state->'shifts'))::int AS shifts,
                octet_length(state::text) AS bytes
           FROM es_stream_snapshots WHERE stream_id = $1`,
        [dutyRosterStreamId(centre)],
      )
    ).rows[0];
    const ref = median(reference);
    const result = {
      rosterEvents: events,
      rosterSecondsToEnter: Number(rosterSeconds.toFixed(1)),
      samples: SAMPLES,
      beforeMedianMs: Number(median(before).toFixed(2)),
      beforeP90Ms: Number(p90(before).toFixed(2)),
      afterMedianMs: Number(median(after).toFixed(2)),
      afterP90Ms: Number(p90(after).toFixed(2)),
      referenceMedianMs: Number(ref.toFixed(2)),
      ratioBeforeToReference: Number((median(before) / ref).toFixed(2)),
      ratioAfterToReference: Number((median(after) / ref).toFixed(2)),
      snapshotVersion: Number(snap?.version ?? 0),
      snapshotShifts: snap?.shifts ?? 0,
      snapshotBytes: snap?.bytes ?? 0,
    };
    const row = (label: string, xs: number[], ratio: number) =>
      `${label.padEnd(66)} ${ms(median(xs))} ${ms(p90(xs))}  ${ratio}\n`;
    process.stdout.write(
      `\n${`AssignDutyShift on the centre's roster (${events} events, a year)`.padEnd(66)}   median ms   p90 ms  × reference\n` +
        `${'-'.repeat(66)} --------- -------- ------------\n` +
        row('before: the whole stream replayed', before, result.ratioBeforeToReference) +
        row(
          `after: from its snapshot (v${result.snapshotVersion}, ${result.snapshotShifts} shifts, ${result.snapshotBytes} B)`,
          after,
          result.ratioAfterToReference,
        ) +
        row("reference: a township's roster of a few shifts", reference, 1),
    );
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await owner.end();
    await server.close();
    await db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `duty roster bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
