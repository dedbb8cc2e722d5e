import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An incident's record read from the log by its index (issue 25, `npm run bench:scale`). The log is under row-level
 * security (1764001100000), and under it PostgreSQL uses a query's own condition for an index only when every
 * function in it is LEAKPROOF: `data->>'incidentId' = $1` is not, so the auditor's history read every one of
 * 2,000,000 events through es_events_incident's partial predicate (3.5 s) instead of the incident's few.
 *
 * `incident_log_events` reads those rows as the log's owner (who is not subject to the log's policy, ENABLE without
 * FORCE) and applies the policy's own rule itself: in a caller's scope ('unit', 'county') it returns nothing, exactly
 * as the policy would. The app role may execute it; it reads only, and only this shape.
 */
export class IncidentLogRead1764014950100 implements MigrationInterface {
  name = 'IncidentLogRead1764014950100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION incident_log_events(incident text) RETURNS SETOF es_events
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT * FROM es_events
         WHERE app_scope() NOT IN ('unit', 'county')
           AND data ? 'incidentId' AND data->>'incidentId' = incident
         ORDER BY transaction_id, global_position
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION incident_log_events(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION incident_log_events(text) TO yuqing_app`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
