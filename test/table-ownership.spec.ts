import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * No library reads another's tables (issue 18): a library asks the owner through its public index instead (a query
 * service, or a port the asker declares and the owner fills, like organization's UnitObligations).
 *
 * Imports cannot show this (SQL is a string), so this test reads the source: every table the migrations create has
 * one owning library (the one declaring its @Entity, or the one named below); a library's SQL that names another's
 * table, or its TypeORM calls that take another's entity class, break the rule unless listed in ALLOWED with the
 * reason it stands. A listed read that is gone fails too, so the list only shrinks.
 */
const ROOT = join(__dirname, '..');

/** Tables without an entity class, and who owns them. */
const OWNER_OF_PLAIN_TABLES: Record<string, string> = {
  auth_sessions: 'identity',
  auth_signing_keys: 'identity',
  login_attempts: 'identity',
  login_throttle: 'identity',
  refresh_tokens: 'identity',
  user_credentials: 'identity',
  es_events: 'event-store',
  es_idempotency_keys: 'event-store',
  es_log_checkpoints: 'event-store',
  es_projection_checkpoints: 'event-store',
  es_stream_snapshots: 'event-store',
  es_streams: 'event-store',
  es_witness_receipts: 'event-store',
  evidence_upload: 'evidence',
  incident_view_units: 'incidents',
  attachment_preview: 'evidence',
  notification_channel_secret: 'notifications',
  timer: 'timers',
  timer_epoch: 'timers',
  witness_countersigned: 'witness',
  witness_refusals: 'witness',
};

/** Reads of another library's table that stand for now, each with its reason (`<reader> → <table>`). */
const ALLOWED: Record<string, string> = {
  'audit → es_events': 'the audit bundle exports the log itself, verified offline (ADR 0008)',
  'audit → es_streams': 'the audit bundle exports the log itself, verified offline (ADR 0008)',
  'audit → es_log_checkpoints': 'the audit bundle exports the log itself, verified offline (ADR 0008)',
  'audit → es_witness_receipts': 'the audit bundle exports the log itself, verified offline (ADR 0008)',
  'timers → es_streams': "a timer's owning unit is its stream's; the store offers no read of it yet",
  'dashboard → incident_view': 'the dashboard aggregates read models across the county (read side, no table)',
  'dashboard → task_view': 'the dashboard aggregates read models across the county (read side, no table)',
  'dashboard → letter_view': 'the dashboard aggregates read models across the county (read side, no table)',
  'dashboard → unit_view': 'the dashboard aggregates read models across the county (read side, no table)',
  'reports → incident_view':
    "the daily report's figures aggregate incidents (read side); to move behind a port",
  'reports → task_view': "the daily report's figures aggregate tasks (read side); to move behind a port",
  'identity → unit_view':
    "sign-in joins the user's unit and county in the one query that checks the password",
  'identity → county_view':
    "sign-in joins the user's unit and county in the one query that checks the password",
  'documents → incident_view':
    'the 台账 (ledgers) and the records a document is made from read the loop across units; to move behind the owners’ query ports',
  'documents → task_view':
    'the 台账 (ledgers) and the records a document is made from read the loop across units; to move behind the owners’ query ports',
  'documents → letter_view':
    'the 台账 (ledgers) and the records a document is made from read the loop across units; to move behind the owners’ query ports',
  'timers → county_view':
    "the timer projection reads the county's deadline policy inside its own transaction",
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(path) ? [path] : [];
  });
}

const withoutComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

const libOf = (path: string) => relative(join(ROOT, 'libs'), path).split('/')[0];

function tablesOfMigrations(): Set<string> {
  const created = new Set<string>();
  for (const path of files(join(ROOT, 'migrations'))) {
    const sql = readFileSync(path, 'utf8');
    for (const m of sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)"?/g)) created.add(m[1]);
    for (const m of sql.matchAll(/DROP TABLE (?:IF EXISTS )?"?([a-z_]+)"?/g)) created.delete(m[1]);
  }
  return created;
}

/** Entity classes and their tables, per owning library. */
function entities(): { table: string; className: string; owner: string }[] {
  return files(join(ROOT, 'libs')).flatMap((path) =>
    [
      ...readFileSync(path, 'utf8').matchAll(
        /@Entity\(\{?\s*(?:name:\s*)?'([a-z_]+)'[\s\S]*?\)\s*export class (\w+)/g,
      ),
    ].map((m) => ({ table: m[1], className: m[2], owner: libOf(path) })),
  );
}

describe('no library reads another library’s tables', () => {
  const entityList = entities();
  const owner = new Map<string, string>([
    ...Object.entries(OWNER_OF_PLAIN_TABLES),
    ...entityList.map((e) => [e.table, e.owner] as [string, string]),
  ]);

  it('knows the owner of every table the migrations create', () => {
    const unowned = [...tablesOfMigrations()].filter((t) => !owner.has(t));
    expect(unowned).toEqual([]);
  });

  it('finds a read of another library’s table when one is written', () => {
    const reads = readsIn(
      'organization',
      'm.query(`SELECT count(*) FROM task_view t JOIN unit_view u ON u.unit_id = t.assignee_unit_id`);\n' +
        'm.find(UserView, {});',
    );
    expect(reads.sort()).toEqual(['task_view', 'user_view']);
  });

  it('holds in every library, but for the reads listed with their reasons', () => {
    const found = new Set<string>();
    for (const path of files(join(ROOT, 'libs'))) {
      const lib = libOf(path);
      for (const table of readsIn(lib, readFileSync(path, 'utf8'))) found.add(`${lib} → ${table}`);
    }
    expect([...found].filter((read) => !(read in ALLOWED)).sort()).toEqual([]);
    // A listed read that no longer happens comes off the list.
    expect(Object.keys(ALLOWED).filter((read) => !found.has(read))).toEqual([]);
  });

  /** The other libraries' tables that `source`, a file of `lib`, reads by SQL or through an entity class. */
  function readsIn(lib: string, source: string): string[] {
    const code = withoutComments(source);
    const tables = new Set<string>();
    for (const m of code.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+"?([a-z_]+)\b/gi)) {
      const table = m[1];
      if (owner.has(table) && owner.get(table) !== lib) tables.add(table);
    }
    for (const e of entityList) {
      if (e.owner === lib) continue;
      const call = new RegExp(
        `\\.(?:find\\w*|count\\w*|exist\\w*|getRepository|createQueryBuilder|insert|update|upsert|delete|save|sum|average|minimum|maximum)\\(\\s*${e.className}\\b`,
      );
      if (call.test(code)) tables.add(e.table);
    }
    return [...tables];
  }
});
