import { randomUUID } from 'node:crypto';
import { InboxChangeKind, InboxRef, INBOX_ITEM_ARRIVED } from '@app/inbox';
import { actingAs, decided, recorded } from '@test/given-when-then';
import { openProjectionDb, ProjectionDb } from '../../../../test/support/projection-db';
import { CountyLeadersCommand, countyLeadersDecider } from '../domain/county-leaders.decider';
import { LeaderArrivalView } from './leader-arrival-view.entity';
import { CountyLeaderViewProjection, LeaderArrivalViewProjection } from './leadership.projections';

/**
 * The leadership read models whose fold is the writer's SQL (county_leader_view: an upsert or a delete per event;
 * leader_arrival_view: an upsert by a key made from the event), on the embedded PostgreSQL.
 */
let pdb: ProjectionDb;
beforeAll(async () => {
  pdb = await openProjectionDb('leaders', [LeaderArrivalView]);
});
afterAll(() => pdb.close());

describe('county_leader_view', () => {
  const at = (iso: string) => actingAs('admin', 'centre', new Date(iso));
  const appoint = (countyId: string, fields: string[], iso: string): CountyLeadersCommand => ({
    type: 'AppointCountyLeader',
    countyId,
    person: { userId: 'u-li', unitId: 'gov', name: '李县长', countyId, roles: ['LEADER'], active: true },
    post: '分管副县长',
    fields,
    principal: false,
    context: at(iso),
  });
  const relieve = (countyId: string, iso: string): CountyLeadersCommand => ({
    type: 'RelieveCountyLeader',
    countyId,
    userId: 'u-li',
    context: at(iso),
  });
  const roster = (countyId: string) =>
    pdb.sql<{ user_id: string; fields: string[]; post: string; appointed_at: Date; version: number }>(
      `SELECT user_id, fields, post, appointed_at, version FROM county_leader_view WHERE county_id = $1`,
      [countyId],
    );

  it('an appointment puts the leader on the roster; a change of fields replaces the row, never adds one', async () => {
    const events = recorded(
      decided(countyLeadersDecider, [
        appoint('c-1', ['LAND_ACQUISITION'], '2026-03-02T01:00:00Z'),
        appoint('c-1', ['FOOD_DRUG', 'ECOLOGY'], '2026-03-03T01:00:00Z'),
      ]),
    );
    await pdb.apply(new CountyLeaderViewProjection(), events.slice(0, 1));
    expect(await roster('c-1')).toEqual([
      expect.objectContaining({
        user_id: 'u-li',
        fields: ['LAND_ACQUISITION'],
        post: '分管副县长',
        version: 1,
      }),
    ]);
    await pdb.apply(new CountyLeaderViewProjection(), events.slice(1));
    expect(await roster('c-1')).toEqual([
      expect.objectContaining({
        fields: ['ECOLOGY', 'FOOD_DRUG'],
        appointed_at: new Date('2026-03-03T01:00:00Z'),
        version: 2,
      }),
    ]);
  });

  it('relieved, the leader is off the roster; appointed again, back on it', async () => {
    const events = recorded(
      decided(countyLeadersDecider, [
        appoint('c-2', ['LAND_ACQUISITION'], '2026-03-02T01:00:00Z'),
        relieve('c-2', '2026-03-04T01:00:00Z'),
        appoint('c-2', ['ECOLOGY'], '2026-03-05T01:00:00Z'),
      ]),
    );
    await pdb.apply(new CountyLeaderViewProjection(), events.slice(0, 2));
    expect(await roster('c-2')).toEqual([]);
    await pdb.apply(new CountyLeaderViewProjection(), events.slice(2));
    expect(await roster('c-2')).toEqual([expect.objectContaining({ fields: ['ECOLOGY'], version: 3 })]);
  });

  it('relieving in one county leaves the same person’s place in another', async () => {
    const here = recorded(
      decided(countyLeadersDecider, [appoint('c-3', ['ECOLOGY'], '2026-03-02T01:00:00Z')]),
    );
    const there = recorded(
      decided(countyLeadersDecider, [
        appoint('c-4', ['ECOLOGY'], '2026-03-02T01:00:00Z'),
        relieve('c-4', '2026-03-03T01:00:00Z'),
      ]),
    );
    await pdb.apply(new CountyLeaderViewProjection(), [...here, ...there]);
    expect(await roster('c-3')).toHaveLength(1);
    expect(await roster('c-4')).toEqual([]);
  });

  it('the same batch applied again leaves the same roster', async () => {
    const events = recorded(
      decided(countyLeadersDecider, [appoint('c-5', ['ECOLOGY'], '2026-03-02T01:00:00Z')]),
    );
    await pdb.apply(new CountyLeaderViewProjection(), events);
    const once = await roster('c-5');
    await pdb.apply(new CountyLeaderViewProjection(), events);
    expect(await roster('c-5')).toEqual(once);
  });
});

describe('leader_arrival_view', () => {
  it('one row per named person; the same arrival applied again adds none', async () => {
    const incidentId = randomUUID();
    const events = recorded([
      {
        type: INBOX_ITEM_ARRIVED,
        data: {
          unitId: 'gov',
          kind: InboxChangeKind.INCIDENT_ESCALATED,
          refType: InboxRef.INCIDENT,
          refId: incidentId,
          incidentId,
          fromUnitId: 'centre',
          title: '东湖镇征地补偿',
          confidential: false,
          at: '2026-03-02T04:00:00.000Z',
          recipientUserIds: ['u-li', 'u-wang'],
        },
      },
    ]);
    const rows = () =>
      pdb.sql<{ user_id: string; title: string }>(
        `SELECT user_id, title FROM leader_arrival_view WHERE incident_id = $1 ORDER BY user_id`,
        [incidentId],
      );
    await pdb.apply(new LeaderArrivalViewProjection(), events);
    await pdb.apply(new LeaderArrivalViewProjection(), events);
    expect(await rows()).toEqual([
      { user_id: 'u-li', title: '东湖镇征地补偿' },
      { user_id: 'u-wang', title: '东湖镇征地补偿' },
    ]);
  });
});
