import { Injectable } from '@nestjs/common';
import { DataScope, ScopedDb } from '@app/access';
import { Grade, IncidentStatus } from '@app/incidents';
import { DashboardType } from './dashboard.types';

const DAY = 86_400_000;
const NEARLY_DUE_MS = 2 * 3_600_000;
/** Work that is still the assignee's to do (not handed in, struck off, returned or cancelled). */
const OWED = `status IN ('DISPATCHED', 'SIGNED', 'IN_PROGRESS', 'REWORK')`;

/**
 * The workbench's figures in one round of aggregate queries over the read models, under the caller's data scope
 * (row-level security decides what each caller counts: the county centre its county, a township what names it).
 */
@Injectable()
export class DashboardService {
  constructor(private readonly db: ScopedDb) {}

  async dashboard(scope: DataScope, now: Date, days: number): Promise<DashboardType> {
    const since = new Date(now.getTime() - days * DAY);
    // The county centre counts its county, said as `county_id = $n` — an equality an index answers under
    // row-level security, where the policy's own test is answered row by row (ADR 0027). A unit's figures are the
    // policy's alone. `$n` is the last parameter of each query.
    const county = scope.scope === 'county' ? [scope.countyId] : [];
    const inCounty = (n: number, alias = '') => (county.length ? ` AND ${alias}county_id = $${n}` : '');
    // Pure reads, which a caught-up standby may serve (ADR 0028).
    return this.db.read(scope, async (m) => {
      const open = await m.query<{ grade: Grade | null; status: IncidentStatus; count: number }[]>(
        `SELECT grade, status, count(*)::int AS count FROM incident_view WHERE status <> 'CLOSED'${inCounty(1)}
          GROUP BY grade, status ORDER BY grade NULLS LAST, status`,
        county,
      );
      const [tasks] = await m.query<{ overdue: number; nearly: number }[]>(
        `SELECT count(*) FILTER (WHERE due_at < $1)::int AS overdue,
                count(*) FILTER (WHERE due_at >= $1 AND due_at < $2)::int AS nearly
           FROM task_view WHERE ${OWED}${inCounty(3)}`,
        [now, new Date(now.getTime() + NEARLY_DUE_MS), ...county],
      );
      // A unit counts its own receipts (a township sees letters sent to others beside it: their receipts are not
      // its work); the county centre and its auditors count every letter some recipient has yet to sign for.
      const own = scope.scope === 'unit';
      const [letters] = await m.query<{ unsigned: number }[]>(
        `SELECT count(*)::int AS unsigned FROM letter_view
          WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(receipts) r
                         WHERE r->>'signedAt' IS NULL AND (NOT $1 OR r->>'unitId' = $2))${inCounty(3)}`,
        [own, scope.unitId, ...county],
      );
      const trend = await m.query<{ day: string; grade: Grade | null; count: number }[]>(
        `SELECT to_char(reported_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day, grade, count(*)::int AS count
           FROM incident_view WHERE reported_at >= $1 AND reported_at <= $2${inCounty(3)}
          GROUP BY 1, 2 ORDER BY 1, 2 NULLS LAST`,
        [since, now, ...county],
      );
      const units = await m.query<
        {
          unit_id: string;
          unit_name: string | null;
          tasks: number;
          handed_in: number;
          on_time: number;
          open_overdue: number;
        }[]
      >(
        `SELECT t.assignee_unit_id AS unit_id, u.name AS unit_name, count(*)::int AS tasks,
                count(*) FILTER (WHERE t.handed_in_at IS NOT NULL)::int AS handed_in,
                count(*) FILTER (WHERE t.handed_in_at IS NOT NULL AND NOT t.late)::int AS on_time,
                count(*) FILTER (WHERE t.${OWED} AND t.due_at < $2)::int AS open_overdue
           FROM task_view t LEFT JOIN unit_view u ON u.unit_id = t.assignee_unit_id
          WHERE t.dispatched_at >= $1 AND t.status <> 'CANCELLED'${inCounty(3, 't.')}
          GROUP BY 1, 2 ORDER BY 1`,
        [since, now, ...county],
      );
      return {
        asOf: now,
        openIncidents: open,
        overdueTasks: tasks.overdue,
        nearlyDueTasks: tasks.nearly,
        unsignedLetters: letters.unsigned,
        trend,
        unitOnTime: units.map((u) => {
          const due = u.handed_in + u.open_overdue;
          return {
            unitId: u.unit_id,
            unitName: u.unit_name,
            tasks: u.tasks,
            handedIn: u.handed_in,
            onTime: u.on_time,
            openOverdue: u.open_overdue,
            onTimeRate: due ? Math.round((u.on_time / due) * 1000) / 1000 : null,
          };
        }),
      };
    });
  }
}
