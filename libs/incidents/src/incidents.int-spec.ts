import { Principal } from '@app/access';
import { CapabilityFixture, openCapability } from '../../../test/support/capability-fixture';
import { listedIncidentOnBus } from '../../../test/support/capability-steps';
import { ReportIncidentCommand } from './commands/report-incident/report-incident.command';
import { DiscoveryChannel, IncidentStatus, Platform } from './domain/incident.enums';
import { incidentStreamId } from './domain/incident.events';
import { GetIncidentQuery } from './queries/get-incident.query';

/**
 * Incidents on PostgreSQL through the buses: the read model answers the reporter within the same request, a retried
 * report (same idempotency key) is the same incident with one event, and another township does not learn it exists.
 */
let t: CapabilityFixture;
let centre: Principal; // 周明, county centre duty officer
let lina: Principal; // 李娜, 东湖镇 handler
let gaoyang: Principal; // 高扬, 西山镇 handler

beforeAll(async () => {
  t = await openCapability('incidents');
  [centre, lina, gaoyang] = await Promise.all([t.as('zhouming'), t.as('lina'), t.as('gaoyang')]);
});
afterAll(() => t?.close());

const report = (p: Principal, title: string, key?: string) =>
  t.commands.execute(
    new ReportIncidentCommand(
      p,
      {
        channel: DiscoveryChannel.UNIT_REPORT,
        platform: Platform.WECHAT,
        urls: [],
        title,
        excerpt: '',
        discoveredAt: t.clock.now(),
        spread: { posts: 1, reposts: 0, comments: 0, views: 0, mainstreamMediaPickups: 0 },
        confidential: false,
      },
      t.ctx(p, key),
    ),
  );

it('a township’s report (上报) is read back at once, and is the same incident with one event when retried', async () => {
  const id = await report(lina, '东湖镇集市摊位纠纷', 'report-1');
  const again = await report(lina, '东湖镇集市摊位纠纷', 'report-1');
  expect(again).toBe(id);
  const view = await t.queries.execute(new GetIncidentQuery(lina, id));
  expect(view).toMatchObject({ incidentId: id, title: '东湖镇集市摊位纠纷' });
  expect((await t.events(incidentStreamId(id))).map((e) => e.type)).toEqual(['IncidentReported']);
  // 上报 arrives with the county centre, which sees it too.
  await expect(t.queries.execute(new GetIncidentQuery(centre, id))).resolves.toMatchObject({
    incidentId: id,
  });
});

it('another township gets NOT_FOUND for the incident, as for one that does not exist', async () => {
  const id = await listedIncidentOnBus(t, centre, { title: '县城供水水质投诉' });
  await expect(t.queries.execute(new GetIncidentQuery(centre, id))).resolves.toMatchObject({
    status: IncidentStatus.HANDLING,
  });
  await expect(t.queries.execute(new GetIncidentQuery(gaoyang, id))).rejects.toMatchObject({
    code: 'NOT_FOUND',
    reason: 'INCIDENT.NOT_FOUND',
  });
});
