import { MigrationInterface, QueryRunner } from 'typeorm';

/** Read model of incidents (projection `incident-view`); rebuilt from the log at will. */
export class IncidentView1763798500000 implements MigrationInterface {
  name = 'IncidentView1763798500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE incident_view (
        incident_id         uuid PRIMARY KEY,
        owning_unit         text NOT NULL,
        version             integer NOT NULL,
        status              text NOT NULL,
        channel             text NOT NULL,
        platform            text NOT NULL,
        urls                jsonb NOT NULL,
        title               text NOT NULL,
        excerpt             text NOT NULL,
        discovered_at       timestamptz NOT NULL,
        spread              jsonb NOT NULL,
        confidential        boolean NOT NULL,
        reporting_unit_id   text NOT NULL,
        reported_by         text NOT NULL,
        reported_at         timestamptz NOT NULL,
        grade               text,
        nature              text,
        veracity            text,
        field               text,
        indicators          jsonb,
        reasoning           text,
        assessment_revision integer NOT NULL DEFAULT 0,
        assessed_by         text,
        assessed_at         timestamptz,
        updated_at          timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX incident_view_unit_recent ON incident_view (owning_unit, reported_at DESC, incident_id DESC)`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON incident_view TO yuqing_app`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
