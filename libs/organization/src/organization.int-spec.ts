import { Principal, SYSTEM_SCOPE } from '@app/access';
import { demoUnitId } from '@app/demo';
import { CapabilityFixture, openCapability } from '../../../test/support/capability-fixture';
import { SetUnitInServiceCommand } from './commands/set-unit-in-service/set-unit-in-service.command';
import { UpdateUnitCommand } from './commands/update-unit/update-unit.command';
import { unitStreamId } from './domain/organization.events';
import { OrganizationDirectory } from './queries/organization-directory';

/**
 * Units on PostgreSQL through the CommandBus: a rename is in the directory when the command returns; a rename on a
 * stale version, by someone who is not the county's ADMIN, or standing down a unit that still has people, is
 * refused and leaves the unit's stream as it was.
 */
let t: CapabilityFixture;
let admin: Principal; // 赵强, county ADMIN
let handler: Principal; // 吴静, county centre handler
const landBureau = demoUnitId('land-bureau');
const donghu = demoUnitId('donghu');

beforeAll(async () => {
  t = await openCapability('organization');
  [admin, handler] = await Promise.all([t.as('zhaoqiang'), t.as('wujing')]);
});
afterAll(() => t?.close());

it('a rename is read back at once, on the version the administrator read', async () => {
  const directory = t.app.get(OrganizationDirectory);
  const unit = (await directory.unit(SYSTEM_SCOPE, landBureau))!;
  await t.commands.execute(
    new UpdateUnitCommand(
      admin,
      landBureau,
      { name: '清水县自然资源和规划局', parentId: unit.parentId, expectedVersion: unit.version },
      t.ctx(admin),
    ),
  );
  expect(await directory.unit(SYSTEM_SCOPE, landBureau)).toMatchObject({
    name: '清水县自然资源和规划局',
    version: unit.version + 1,
  });
});

it('a stale version, a non-administrator, or standing down a unit with people: refused, nothing written', async () => {
  const unit = (await t.app.get(OrganizationDirectory).unit(SYSTEM_SCOPE, donghu))!;
  const before = await t.events(unitStreamId(donghu));
  const rename = (p: Principal, expectedVersion: number) =>
    t.commands.execute(
      new UpdateUnitCommand(
        p,
        donghu,
        { name: '东湖街道', parentId: unit.parentId, expectedVersion },
        t.ctx(p),
      ),
    );
  await expect(rename(admin, unit.version - 1)).rejects.toMatchObject({
    name: 'VersionConflict',
    actual: unit.version,
  });
  await expect(rename(handler, unit.version)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  await expect(
    t.commands.execute(
      new SetUnitInServiceCommand(admin, donghu, { inService: false, reason: '撤并' }, t.ctx(admin)),
    ),
  ).rejects.toMatchObject({ code: expect.stringMatching(/^(INVALID_TRANSITION|VALIDATION_FAILED)$/) });
  expect(await t.events(unitStreamId(donghu))).toEqual(before);
  expect(await t.app.get(OrganizationDirectory).unit(SYSTEM_SCOPE, donghu)).toMatchObject({
    name: unit.name,
    active: true,
  });
});
