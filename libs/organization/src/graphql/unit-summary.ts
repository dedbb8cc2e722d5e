import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SYSTEM_SCOPE, UnitKind } from '@app/access';
import { Loaders } from '@app/graphql';
import { OrganizationDirectory } from '../queries/organization-directory';

/**
 * A unit as another record names it (the task's assignee, a letter's recipient): enough to show it without a second
 * query. Only units the caller already meets through that record are named, so this reveals nothing new.
 */
@ObjectType('UnitSummary', { description: '单位（名称与类型）/ A unit: its name and kind' })
export class UnitSummaryType {
  @Field(() => ID)
  id!: string;

  @Field({ description: '名称 / Name' })
  name!: string;

  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field({ description: '在用；停用后为 false / In service' })
  active!: boolean;
}

/**
 * Units named by the records of one request, fetched together (DataLoader per request: one query for every task,
 * letter and receipt on a page, not one per row). A unit that no longer exists answers null.
 */
export function unitSummaries(
  loaders: Loaders,
  directory: OrganizationDirectory,
): { load(id: string): Promise<UnitSummaryType | null> } {
  return loaders.get<UnitSummaryType | null>(
    'unit-summaries',
    async (ids) =>
      new Map(
        (await directory.unitsByIds(SYSTEM_SCOPE, ids)).map((u) => [
          u.unitId,
          { id: u.unitId, name: u.name, kind: u.kind as UnitKind, active: u.active },
        ]),
      ),
    null,
  );
}
