import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { TimelineRegistry } from '@app/incidents';
import { CliModule } from '../apps/cli/src/cli.module';
import { ApiFixture, startApi } from './support/api-fixture';

/**
 * Issue 17, item 5: the command-line tools (`rebuild --all`) hold every projection the API keeps, every timeline
 * description and every event schema — the CLI had its own module list and rebuilt four read models short, and an
 * incident timeline without the descriptions of the modules it left out.
 */
let api: ApiFixture;
let cli: INestApplicationContext;
let audit: string;

beforeAll(async () => {
  api = await startApi({ label: 'registry', seed: false });
  audit = mkdtempSync(join(tmpdir(), 'yuqing-cli-'));
  process.env.AUDIT_SIGNING_KEY_FILE = join(audit, 'signing-key.pem');
  process.env.AUDIT_WITNESS_FILE = join(audit, 'witness.jsonl');
  cli = await NestFactory.createApplicationContext(
    CliModule.forRoot({ appUrl: api.db.appUrl, ownerUrl: api.db.ownerUrl }),
    { logger: false },
  );
  await cli.init();
});

afterAll(async () => {
  await cli?.close();
  await api.close();
  rmSync(audit, { recursive: true, force: true });
});

it('the CLI holds the same projections, timeline descriptions and event schemas as the API', () => {
  const both = <T>(get: (app: INestApplicationContext) => T) => [get(api.server.app), get(cli)];
  const [apiNames, cliNames] = both((app) => app.get(ProjectionRunner).names().sort());
  expect(cliNames).toEqual(apiNames);
  expect(apiNames).toEqual(
    expect.arrayContaining([
      'daily-report-view',
      'notification-deliveries',
      'special-report-view',
      'timer-schedule',
      'incident-timeline',
    ]),
  );
  const [apiTimeline, cliTimeline] = both((app) => app.get(TimelineRegistry).types().sort());
  expect(cliTimeline).toEqual(apiTimeline);
  expect(apiTimeline).toContain('FlashReportRaised');
  const [apiSchemas, cliSchemas] = both((app) => app.get(EventSchemaRegistry).types().sort());
  expect(cliSchemas).toEqual(apiSchemas);
});
