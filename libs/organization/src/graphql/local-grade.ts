import { Loaders } from '@app/graphql';
import { localGradeOf } from '../domain/grade-scales';
import { OrganizationDirectory } from '../queries/organization-directory';
import { LocalGradeType } from './organization.types';

/**
 * A grade as the caller's unit names it in its own scale (002 小微/中级/重大 …), beside the county's I–IV; null where
 * the unit uses I–IV alone. The county's scales are read once per request.
 */
export async function localGradeFor(
  loaders: Loaders,
  directory: OrganizationDirectory,
  caller: { countyId: string | null; unitId: string },
  grade: string | null,
): Promise<LocalGradeType | null> {
  if (!grade || !caller.countyId) return null;
  const scales = await loaders
    .get(
      'county-grade-scales',
      async (ids: readonly string[]) =>
        new Map(
          await Promise.all(
            ids.map(async (id) => [id, (await directory.countyFacts(id))?.gradeScales ?? []] as const),
          ),
        ),
      [],
    )
    .load(caller.countyId);
  return localGradeOf(scales, caller.unitId, grade);
}
