import { Role } from '@app/access';
import { OrganizationDirectory } from '@app/organization';
import { PasswordSubject } from '../domain/password-policy';

/** Whose password is being set, with their county's name read for the rule (password-policy.ts). */
export async function passwordSubject(
  organization: OrganizationDirectory,
  who: { roles: readonly (Role | string)[]; username: string; countyId: string | null },
): Promise<PasswordSubject> {
  const county = who.countyId ? await organization.countyFacts(who.countyId) : null;
  return { roles: who.roles, username: who.username, countyName: county?.name ?? null };
}
