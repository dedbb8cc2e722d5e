import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SYSTEM_SCOPE, systemPrincipal } from '@app/access';
import { Clock, CommandContext, deterministicUuid } from '@app/kernel';
import { PeopleDirectory, RegisterUserCommand } from '@app/identity';
import {
  AssignLinkageRolesCommand,
  EstablishCountyCommand,
  OrganizationDirectory,
  RegisterUnitCommand,
  SetUnitDocumentCodeCommand,
  SetLinkageFieldRulesCommand,
  SetGradeScalesCommand,
} from '@app/organization';
import { AppointCountyLeaderCommand } from '@app/leadership';
import { DEMO_COUNTY, DEMO_LEADERS, DEMO_PASSWORD, DEMO_UNITS, DEMO_USERS, DemoUser } from './demo-county';

export const demoUnitId = (key: string) => deterministicUuid('demo-unit', key);
export const demoUserId = (username: string) => deterministicUuid('demo-user', username);

export interface SeedReport {
  created: { counties: number; units: number; users: number };
  logins: DemoUser[];
}

/**
 * Seeds the demo county through the same commands people use (so it is all events), checking before each step:
 * running it twice changes nothing.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly commands: CommandBus,
    private readonly organization: OrganizationDirectory,
    private readonly people: PeopleDirectory,
    private readonly clock: Clock,
  ) {}

  async seed(): Promise<SeedReport> {
    const created = { counties: 0, units: 0, users: 0 };
    const countyId = DEMO_COUNTY.key;
    const system = systemPrincipal(countyId);
    const ctx = (step: string): CommandContext => ({
      actor: system,
      now: this.clock.now(),
      correlationId: `seed-${DEMO_COUNTY.key}`,
      idempotencyKey: `seed:${step}`,
    });

    if (!(await this.organization.countyFacts(countyId))) {
      await this.commands.execute(
        new EstablishCountyCommand(
          system,
          { countyId, name: DEMO_COUNTY.name, cityOfficeUnitId: demoUnitId('city') },
          ctx('county'),
        ),
      );
      created.counties++;
    }
    const existing = await this.organization.unitFacts(DEMO_UNITS.map((u) => demoUnitId(u.key)));
    for (const u of DEMO_UNITS) {
      if (existing.has(demoUnitId(u.key))) continue;
      await this.commands.execute(
        new RegisterUnitCommand(
          system,
          {
            unitId: demoUnitId(u.key),
            kind: u.kind,
            name: u.name,
            parentId: u.parent ? demoUnitId(u.parent) : null,
            countyId,
          },
          ctx(`unit:${u.key}`),
        ),
      );
      created.units++;
    }
    for (const u of DEMO_UNITS) {
      if (!u.documentCode) continue;
      const unit = await this.organization.unit(SYSTEM_SCOPE, demoUnitId(u.key));
      if (unit?.documentCode) continue;
      await this.commands.execute(
        new SetUnitDocumentCodeCommand(system, demoUnitId(u.key), u.documentCode, ctx(`unit-code:${u.key}`)),
      );
    }
    const county = await this.organization.countyFacts(countyId);
    if (!county?.propagandaUnitId) {
      await this.commands.execute(
        new AssignLinkageRolesCommand(
          system,
          countyId,
          {
            propagandaUnitId: demoUnitId('propaganda'),
            cyberspaceUnitId: demoUnitId('cyberspace'),
            policeUnitId: demoUnitId('police'),
            stateSecurityUnitId: demoUnitId('state-security'),
          },
          ctx('linkage'),
        ),
      );
    }
    if (!(county?.linkageFieldRules ?? []).length) {
      await this.commands.execute(
        new SetLinkageFieldRulesCommand(
          system,
          countyId,
          [
            {
              field: 'LAND_ACQUISITION',
              unitIds: [demoUnitId('land-bureau'), demoUnitId('petition-bureau')],
            },
            { field: 'FOOD_DRUG', unitIds: [demoUnitId('market-bureau')] },
            { field: 'WORK_SAFETY', unitIds: [demoUnitId('market-bureau')] },
          ],
          ctx('linkage-fields'),
        ),
      );
    }
    if (!(county?.gradeScales ?? []).length) {
      // The land bureau grades by its own plan's three levels (as seed 002's 司法局 does): shown beside I–IV.
      await this.commands.execute(
        new SetGradeScalesCommand(
          system,
          countyId,
          [
            {
              name: '自然资源局三级分类（小微/中级/重大）',
              levels: [
                { label: '小微舆情', grades: ['IV'] },
                { label: '中级舆情', grades: ['III'] },
                { label: '重大舆情', grades: ['I', 'II'] },
              ],
              unitIds: [demoUnitId('land-bureau')],
            },
          ],
          ctx('grade-scales'),
        ),
      );
    }
    for (const u of DEMO_USERS) {
      if (await this.people.facts(demoUserId(u.username))) continue;
      await this.commands.execute(
        new RegisterUserCommand(
          system,
          {
            userId: demoUserId(u.username),
            unitId: demoUnitId(u.unit),
            username: u.username,
            displayName: u.displayName,
            roles: u.roles,
            initialPassword: DEMO_PASSWORD,
            passwordTemporary: false,
          },
          ctx(`user:${u.username}`),
        ),
      );
      created.users++;
    }
    // The same appointment again decides nothing, so a second seeding leaves the roster as it is.
    for (const l of DEMO_LEADERS) {
      await this.commands.execute(
        new AppointCountyLeaderCommand(
          system,
          { userId: demoUserId(l.username), post: l.post, fields: l.fields, principal: l.principal },
          ctx(`leader:${l.username}`),
        ),
      );
    }
    return { created, logins: DEMO_USERS };
  }
}

/** The logins, as printed once when the demo county is first created. */
export function formatLogins(report: SeedReport): string {
  const unitName = new Map(DEMO_UNITS.map((u) => [u.key, u.name]));
  const lines = report.logins.map(
    (u) =>
      `  ${u.username.padEnd(10)} ${u.displayName}  ${u.roles.join(',').padEnd(13)} ${unitName.get(u.unit) ?? ''}（${u.note}）`,
  );
  return [`演示账号 / demo logins — 密码 password: ${DEMO_PASSWORD}`, ...lines].join('\n');
}
