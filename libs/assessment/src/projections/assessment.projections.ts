import { EntityManager, In } from 'typeorm';
import { Projection, RecordedEvent } from '@app/event-store';
import {
  addCounters,
  AssessmentEventType,
  BREAKDOWN_EVENT_TYPES,
  BreakdownIncrement,
  foldBreakdown,
  IncidentProfile,
  AssessmentPolicySetData,
  emptyCounters,
  FACT_COUNTERS,
  FACT_EVENT_TYPES,
  FactCounters,
  FoldMemory,
  foldFacts,
  subjectOf,
} from '../domain';
import {
  AssessmentIncidentMemo,
  AssessmentLetterMemo,
  AssessmentPolicyView,
  AssessmentTaskMemo,
} from './assessment-memo.entities';
import { AssessmentIncidentProfile } from './assessment-incident.entities';
import { COUNTER_COLUMNS } from './counter-columns';

export const ASSESSMENT_FACTS_PROJECTION = 'assessment-facts';
export const ASSESSMENT_INCIDENTS_PROJECTION = 'assessment-incidents';

/**
 * The per-unit, per-day facts (ADR 0024). Per batch: load the memos of the tasks, letters and incidents it
 * concerns, fold the events in log order, then add the summed increments to their rows (counters only grow, so an
 * upsert that adds is enough) and save the memos — in the runner's transaction, with the checkpoint.
 */
export class AssessmentFactsProjection implements Projection {
  readonly name = ASSESSMENT_FACTS_PROJECTION;
  readonly eventTypes = FACT_EVENT_TYPES;
  readonly tables = [
    'assessment_unit_day',
    'assessment_task_memo',
    'assessment_letter_memo',
    'assessment_incident_memo',
  ];
  // 2: each task's due times with the moment each took effect (overdue at a period's end).
  // 3: inquiries' first replies (the incident's nature, the task's same-day reply due).
  readonly version = 3;

  async apply(events: RecordedEvent[], manager: EntityManager): Promise<void> {
    const ids = { task: new Set<string>(), letter: new Set<string>(), incident: new Set<string>() };
    for (const e of events) {
      const s = subjectOf(e);
      if (s) ids[s.kind].add(s.id);
      // A dispatch also touches its incident's memo (the centre's first dispatch).
      const incidentId = (e.data as { incidentId?: string }).incidentId;
      if (incidentId) ids.incident.add(incidentId);
    }
    const memory = await loadMemory(manager, ids);
    const touched = { tasks: new Set<string>(), letters: new Set<string>(), incidents: new Set<string>() };
    const rows = new Map<
      string,
      { countyId: string; unitId: string; day: string; recordedOn: string; c: FactCounters }
    >();
    for (const e of events) {
      for (const f of foldFacts(e, memory)) {
        const key = `${f.unitId}|${f.day}|${f.recordedOn}`;
        const row = rows.get(key) ?? { ...f, c: emptyCounters() };
        addCounters(row.c, f.counters);
        rows.set(key, row);
      }
      const s = subjectOf(e);
      if (s?.kind === 'task') touched.tasks.add(s.id);
      if (s?.kind === 'letter') touched.letters.add(s.id);
      const incidentId = (e.data as { incidentId?: string }).incidentId;
      if (incidentId) touched.incidents.add(incidentId);
    }
    if (rows.size) await addRows(manager, [...rows.values()]);
    await saveMemory(manager, memory, touched);
  }

  async clear(manager: EntityManager): Promise<void> {
    for (const table of this.tables) await manager.query(`DELETE FROM ${table}`);
  }
}

async function loadMemory(
  m: EntityManager,
  ids: { task: Set<string>; letter: Set<string>; incident: Set<string> },
): Promise<FoldMemory> {
  // One after another: the manager is a transaction's single connection, which runs one query at a time (pg warns,
  // and will refuse, queries sent while another is running).
  const tasks = ids.task.size ? await m.findBy(AssessmentTaskMemo, { taskId: In([...ids.task]) }) : [];
  const letters = ids.letter.size
    ? await m.findBy(AssessmentLetterMemo, { letterId: In([...ids.letter]) })
    : [];
  const incidents = ids.incident.size
    ? await m.findBy(AssessmentIncidentMemo, { incidentId: In([...ids.incident]) })
    : [];
  return {
    tasks: new Map(tasks.map((t) => [t.taskId, { ...t }])),
    letters: new Map(letters.map((l) => [l.letterId, { ...l }])),
    incidents: new Map(incidents.map((i) => [i.incidentId, { ...i }])),
  };
}

async function saveMemory(
  m: EntityManager,
  memory: FoldMemory,
  touched: { tasks: Set<string>; letters: Set<string>; incidents: Set<string> },
): Promise<void> {
  const pick = <T>(map: Map<string, T>, keys: Set<string>) =>
    [...keys].map((k) => map.get(k)).filter((v): v is T => v !== undefined);
  const tasks = pick(memory.tasks, touched.tasks);
  const letters = pick(memory.letters, touched.letters);
  const incidents = pick(memory.incidents, touched.incidents);
  if (tasks.length) await m.upsert(AssessmentTaskMemo, tasks, ['taskId']);
  if (letters.length) await m.upsert(AssessmentLetterMemo, letters, ['letterId']);
  if (incidents.length) await m.upsert(AssessmentIncidentMemo, incidents, ['incidentId']);
}

/** One statement whatever the batch: the increments as JSON, added to the rows they key. */
async function addRows(
  m: EntityManager,
  rows: { countyId: string; unitId: string; day: string; recordedOn: string; c: FactCounters }[],
): Promise<void> {
  const cols = FACT_COUNTERS.map((k) => COUNTER_COLUMNS[k]);
  const json = rows.map((r) => ({
    unit_id: r.unitId,
    day: r.day,
    recorded_on: r.recordedOn,
    county_id: r.countyId,
    ...Object.fromEntries(FACT_COUNTERS.map((k) => [COUNTER_COLUMNS[k], r.c[k]])),
  }));
  await m.query(
    `INSERT INTO assessment_unit_day (unit_id, day, recorded_on, county_id, ${cols.join(', ')})
     SELECT unit_id, day, recorded_on, county_id, ${cols.join(', ')}
       FROM jsonb_to_recordset($1::jsonb) AS r(unit_id text, day date, recorded_on date, county_id text,
            ${cols.map((c) => `${c} integer`).join(', ')})
     ON CONFLICT (unit_id, day, recorded_on) DO UPDATE SET
       ${cols.map((c) => `${c} = assessment_unit_day.${c} + excluded.${c}`).join(', ')}`,
    [JSON.stringify(json)],
  );
}

/** The county's 考核 policy versions, one row each (a version, once set, never changes). */
export class AssessmentPolicyProjection implements Projection {
  readonly name = 'assessment-policy-view';
  readonly eventTypes = [AssessmentEventType.PolicySet];
  readonly tables = ['assessment_policy_view'];

  async apply(events: RecordedEvent[], manager: EntityManager): Promise<void> {
    const rows = events.map((e) => {
      const d = e.data as unknown as AssessmentPolicySetData;
      return Object.assign(new AssessmentPolicyView(), {
        countyId: d.countyId,
        version: d.version,
        effectiveFrom: d.effectiveFrom,
        baseScore: d.baseScore,
        points: { ...d.points },
        shareRanking: d.shareRanking,
        reportLimits: d.reportLimits ? { ...d.reportLimits } : null,
        setBy: d.setBy,
        setAt: new Date(d.at),
      });
    });
    await manager.upsert(AssessmentPolicyView, rows, ['countyId', 'version']);
  }

  async clear(manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM assessment_policy_view`);
  }
}

/**
 * A county's incidents by grade, field, channel, platform and outcome, and each incident's report lag (迟报/漏报),
 * folded by `foldBreakdown`. Per batch: load the profiles of the incidents it concerns, fold in log order, add the
 * summed counts to their rows (one statement), save the profiles — in the runner's transaction, with the checkpoint.
 */
export class AssessmentIncidentsProjection implements Projection {
  readonly name = ASSESSMENT_INCIDENTS_PROJECTION;
  readonly eventTypes = BREAKDOWN_EVENT_TYPES;
  readonly tables = ['assessment_incident_breakdown', 'assessment_incident_profile'];

  async apply(events: RecordedEvent[], manager: EntityManager): Promise<void> {
    const ids = [
      ...new Set(events.map((e) => (e.data as { incidentId?: string }).incidentId).filter((x) => !!x)),
    ] as string[];
    const loaded = ids.length ? await manager.findBy(AssessmentIncidentProfile, { incidentId: In(ids) }) : [];
    const profiles = new Map<string, IncidentProfile>(loaded.map((p) => [p.incidentId, { ...p }]));
    const touched = new Set<string>();
    const sums = new Map<string, BreakdownIncrement>();
    for (const e of events) {
      for (const i of foldBreakdown(e, profiles)) {
        const key = [i.countyId, i.day, i.recordedOn, i.ownerUnitId, i.dimension, i.value].join('|');
        const row = sums.get(key);
        if (row) row.count += i.count;
        else sums.set(key, { ...i });
      }
      const id = (e.data as { incidentId?: string }).incidentId;
      if (id && profiles.has(id)) touched.add(id);
    }
    if (sums.size)
      await manager.query(
        `INSERT INTO assessment_incident_breakdown (county_id, day, recorded_on, owner_unit_id, dimension, value, count)
         SELECT county_id, day, recorded_on, owner_unit_id, dimension, value, count
           FROM jsonb_to_recordset($1::jsonb) AS r(county_id text, day date, recorded_on date, owner_unit_id text,
                dimension text, value text, count integer)
         ON CONFLICT (county_id, day, recorded_on, owner_unit_id, dimension, value)
         DO UPDATE SET count = assessment_incident_breakdown.count + excluded.count`,
        [
          JSON.stringify(
            [...sums.values()].map((i) => ({
              county_id: i.countyId,
              day: i.day,
              recorded_on: i.recordedOn,
              owner_unit_id: i.ownerUnitId,
              dimension: i.dimension,
              value: i.value,
              count: i.count,
            })),
          ),
        ],
      );
    const save = [...touched].map((id) => profiles.get(id)!);
    if (save.length) await manager.upsert(AssessmentIncidentProfile, save, ['incidentId']);
  }

  async clear(manager: EntityManager): Promise<void> {
    for (const table of this.tables) await manager.query(`DELETE FROM ${table}`);
  }
}
