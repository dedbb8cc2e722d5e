import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { UNIT_STREAM_TYPE, unitStreamId } from '../../domain/organization.events';
import { UnitTies } from '../../domain/unit.decider';
import { OrganizationDirectory } from '../../queries/organization-directory';
import { UnitObligations } from '../../queries/unit-obligations';
import { unitDecider } from '../organization-deciders';
import { SetUnitInServiceCommand } from './set-unit-in-service.command';
import { UnitNotFound } from '../../domain/organization.errors';
import { decisionContextOf } from '@app/kernel';

/** The "1+3" seats, in the words of the refusal. */
const SEATS = [
  ['propagandaUnitId', '宣传部'],
  ['cyberspaceUnitId', '网信'],
  ['policeUnitId', '公安'],
  ['stateSecurityUnitId', '国安'],
] as const;

@CommandHandler(SetUnitInServiceCommand)
export class SetUnitInServiceHandler implements ICommandHandler<SetUnitInServiceCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly directory: OrganizationDirectory,
    private readonly db: ScopedDb,
    private readonly obligations: UnitObligations,
  ) {}

  async execute({ principal, unitId, input, context }: SetUnitInServiceCommand): Promise<void> {
    const unit = await this.directory.unit(SYSTEM_SCOPE, unitId);
    if (!unit) throw new UnitNotFound(unitId);
    authorize(principal, Action.UnitUpdate, { kind: 'unit', unitId, countyId: unit.countyId }, unitId);
    const command = input.inService
      ? {
          type: 'ReactivateUnit' as const,
          unitId,
          parentActive: !unit.parentId || !!(await this.directory.unit(SYSTEM_SCOPE, unit.parentId))?.active,
          context: decisionContextOf(principal, context.now),
        }
      : {
          type: 'DeactivateUnit' as const,
          unitId,
          reason: input.reason,
          ties: await this.ties(unitId, unit.countyId),
          context: decisionContextOf(principal, context.now),
        };
    await this.executor.execute({
      streamId: unitStreamId(unitId),
      streamType: UNIT_STREAM_TYPE,
      decider: unitDecider,
      command,
      owningUnit: unitId,
      metadata: commandMetadata(input.inService ? 'ReactivateUnit' : 'DeactivateUnit', context),
      fingerprintOf: { unitId, ...input },
    });
  }

  /**
   * What still hangs on the unit: its active children from organization's own read model; people, tasks and
   * letters counted by the libraries that own them (UnitObligations), so that organization reads no other table.
   */
  private async ties(unitId: string, countyId: string | null): Promise<UnitTies> {
    const county = countyId ? await this.directory.countyFacts(countyId) : null;
    const seat = SEATS.find(([key]) => county?.[key] === unitId)?.[1] ?? null;
    const [[row], held] = await Promise.all([
      this.db.run(SYSTEM_SCOPE, (m) =>
        m.query<{ children: number }[]>(
          `SELECT count(*)::int AS children FROM unit_view WHERE parent_id = $1 AND active`,
          [unitId],
        ),
      ),
      this.obligations.of(unitId),
    ]);
    return { activeChildren: row.children, ...held, linkageSeat: seat };
  }
}
