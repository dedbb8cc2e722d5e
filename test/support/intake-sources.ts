import { demoUnitId } from '@app/demo';
import { gql } from './api-fixture';
import { mutate, ok } from './loop-steps';

/**
 * A monitor of the demo county as its administrator sets one up (issue 23): the source configured, then its API key
 * issued (shown once). `owner` is the demo unit that owns it (the centre by default).
 */
export async function intakeSourceWithKey(
  url: string,
  adminToken: string,
  source: { name: string; kind: string; owner?: string },
): Promise<{ id: string; key: string }> {
  const { id } = ok(
    await mutate<{ id: string }>(
      url,
      adminToken,
      'configureIntakeSource',
      { name: source.name, kind: source.kind, ownerUnitId: demoUnitId(source.owner ?? 'center') },
      'id',
    ),
  ).configureIntakeSource;
  const { key } = ok(
    await gql<{ rotateIntakeSourceKey: { key: string } }>(
      url,
      `mutation R($id: ID!) { rotateIntakeSourceKey(sourceId: $id) { key } }`,
      { id },
      { token: adminToken },
    ),
  ).rotateIntakeSourceKey;
  return { id, key };
}
