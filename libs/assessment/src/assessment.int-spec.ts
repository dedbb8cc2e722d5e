import { Principal } from '@app/access';
import { CapabilityFixture, openCapability } from '../../../test/support/capability-fixture';
import { SetAssessmentPolicyCommand } from './commands/set-assessment-policy/set-assessment-policy.command';
import { assessmentPolicyStreamId, DEFAULT_ASSESSMENT_POLICY } from './domain/assessment.events';
import { AssessmentQueries } from './queries/assessment-queries';

/**
 * The county's 考核 rules on PostgreSQL through the CommandBus: each change is a new version that the county's
 * people read back at once beside the default; a retry is the same version; a leader who is not the ADMIN is
 * refused and the versions stay as they were.
 */
let t: CapabilityFixture;
let admin: Principal; // 赵强, county ADMIN
let leader: Principal; // 郑华, county centre leader
let lina: Principal; // 李娜, 东湖镇 handler

beforeAll(async () => {
  t = await openCapability('assessment');
  [admin, leader, lina] = await Promise.all([t.as('zhaoqiang'), t.as('zhenghua'), t.as('lina')]);
});
afterAll(() => t?.close());

const terms = (baseScore: number) => ({
  baseScore,
  points: { ...DEFAULT_ASSESSMENT_POLICY.points, overdue: 3 },
  shareRanking: true,
  reportLimits: DEFAULT_ASSESSMENT_POLICY.reportLimits,
});

it('versions follow one another, are read back at once, and a retry is the same version', async () => {
  const set = (baseScore: number, key: string) =>
    t.commands.execute(
      new SetAssessmentPolicyCommand(admin, terms(baseScore), '2026-06-01', t.ctx(admin, key)),
    );
  expect(await set(90, 'policy-1')).toBe(1);
  expect(await set(90, 'policy-1')).toBe(1);
  expect(await set(80, 'policy-2')).toBe(2);
  const versions = await t.app.get(AssessmentQueries).policyVersions(lina);
  expect(versions.map((v) => [v.version, v.baseScore, v.effectiveFrom])).toEqual([
    [0, 100, '2000-01-01'],
    [1, 90, '2026-06-01'],
    [2, 80, '2026-06-01'],
  ]);
  expect(await t.events(assessmentPolicyStreamId(admin.countyId!))).toHaveLength(2);
});

it('a leader who is not the ADMIN may not set the rules: refused, nothing written', async () => {
  const before = await t.events(assessmentPolicyStreamId(admin.countyId!));
  await expect(
    t.commands.execute(new SetAssessmentPolicyCommand(leader, terms(50), null, t.ctx(leader))),
  ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  expect(await t.events(assessmentPolicyStreamId(admin.countyId!))).toEqual(before);
});
