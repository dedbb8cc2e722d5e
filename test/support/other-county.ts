import { CommandBus } from '@nestjs/cqrs';
import { Role, systemPrincipal, UnitKind } from '@app/access';
import { DEMO_PASSWORD } from '@app/demo';
import { RegisterUserCommand } from '@app/identity';
import { EstablishCountyCommand, RegisterUnitCommand } from '@app/organization';
import { ApiFixture } from './api-fixture';

/**
 * A second county on the same platform (河西县, `hexi`) with its own centre and one person there, for tests that
 * check one county learns nothing of another. The person signs in with the demo password.
 */
export async function establishOtherCounty(
  api: ApiFixture,
  person: { username: string; displayName: string; role: Role },
): Promise<void> {
  const bus = api.server.app.get(CommandBus);
  const system = systemPrincipal('hexi');
  const ctx = (k: string) => ({
    actor: system,
    now: new Date(),
    correlationId: 'test-hexi',
    idempotencyKey: `hexi:${k}`,
  });
  await bus.execute(
    new EstablishCountyCommand(
      system,
      { countyId: 'hexi', name: '河西县', cityOfficeUnitId: null },
      ctx('county'),
    ),
  );
  const centre = await bus.execute(
    new RegisterUnitCommand(
      system,
      { kind: UnitKind.COUNTY_CENTER, name: '河西县委网信办', parentId: null, countyId: 'hexi' },
      ctx('centre'),
    ),
  );
  await bus.execute(
    new RegisterUserCommand(
      system,
      {
        unitId: centre,
        username: person.username,
        displayName: person.displayName,
        roles: [person.role],
        initialPassword: DEMO_PASSWORD,
        passwordTemporary: false,
      },
      ctx('user'),
    ),
  );
}
