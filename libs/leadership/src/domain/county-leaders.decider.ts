import { IncidentField } from '@app/incidents/domain';
import { Decider, DecisionContext } from '@app/kernel';
import { failIf, leaderNotAppointed, leaderNotInCounty, problem } from './leadership.errors';
import { CountyLeader, CountyLeadersEvent, LeadershipEventType } from './leadership.events';
import { HandlingPlanEventType } from './handling-plan.events';

/** What the identity library knows of the person to appoint, read by the handler. */
export interface PersonFacts {
  userId: string;
  unitId: string;
  name: string;
  countyId: string | null;
  roles: readonly string[];
  active: boolean;
}

export type CountyLeadersCommand =
  | {
      type: 'AppointCountyLeader';
      countyId: string;
      person: PersonFacts | null;
      post: string;
      fields: string[];
      principal: boolean;
      context: DecisionContext;
    }
  | { type: 'RelieveCountyLeader'; countyId: string; userId: string; context: DecisionContext }
  | { type: 'SetHandlingPlanPolicy'; countyId: string; fromGrade: string | null; context: DecisionContext };

export interface CountyLeadersState {
  leaders: Map<string, CountyLeader>;
  /** From which grade dispatch waits for an approved 处置方案; null (the default): never. */
  planFromGrade: string | null;
}

const GRADES = new Set(['I', 'II', 'III', 'IV']);

const FIELDS = new Set<string>(Object.values(IncidentField));
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

export function decideCountyLeaders(c: CountyLeadersCommand, s: CountyLeadersState): CountyLeadersEvent[] {
  const at = c.context.now.toISOString();
  switch (c.type) {
    case 'AppointCountyLeader': {
      const p = c.person;
      // A leader is a person of this county who already leads (role LEADER): the roster says what they lead.
      if (!p || !p.active || p.countyId !== c.countyId || !p.roles.includes('LEADER'))
        throw leaderNotInCounty(p?.userId ?? '');
      const post = c.post.trim();
      const fields = [...new Set(c.fields)].sort();
      failIf([
        ...([...post].length < 2 || [...post].length > 30
          ? [problem('input.post', '职务须为 2–30 个字', 'post must be 2–30 characters')]
          : []),
        ...fields
          .filter((f) => !FIELDS.has(f))
          .map((f) => problem('input.fields', `未知的领域（${f}）`, `unknown field (${f})`)),
        ...(fields.length === 0 && !c.principal
          ? [
              problem(
                'input.fields',
                '分管领导须至少分管一个领域',
                'a leader in charge needs at least one field',
              ),
            ]
          : []),
      ]);
      const was = s.leaders.get(p.userId);
      // The same appointment again (a retried form) changes nothing.
      if (was && was.post === post && was.principal === c.principal && sameSet(was.fields, fields)) return [];
      return [
        {
          type: LeadershipEventType.LeaderAppointed,
          data: {
            countyId: c.countyId,
            userId: p.userId,
            unitId: p.unitId,
            name: p.name,
            post,
            fields,
            principal: c.principal,
            at,
          },
        },
      ];
    }
    case 'SetHandlingPlanPolicy':
      failIf(
        c.fromGrade !== null && !GRADES.has(c.fromGrade)
          ? [problem('input.fromGrade', '等级须为 I–IV', 'grade must be I–IV')]
          : [],
      );
      if (c.fromGrade === s.planFromGrade) return [];
      return [
        {
          type: HandlingPlanEventType.PolicySet,
          data: { countyId: c.countyId, fromGrade: c.fromGrade, at },
        },
      ];
    case 'RelieveCountyLeader':
      if (!s.leaders.has(c.userId)) throw leaderNotAppointed(c.userId);
      return [
        { type: LeadershipEventType.LeaderRelieved, data: { countyId: c.countyId, userId: c.userId, at } },
      ];
  }
}

export function evolveCountyLeaders(s: CountyLeadersState, e: CountyLeadersEvent): CountyLeadersState {
  if (e.type === HandlingPlanEventType.PolicySet) return { ...s, planFromGrade: e.data.fromGrade };
  const leaders = new Map(s.leaders);
  switch (e.type) {
    case LeadershipEventType.LeaderAppointed: {
      const { userId, unitId, name, post, fields, principal } = e.data;
      leaders.set(userId, { userId, unitId, name, post, fields, principal });
      break;
    }
    case LeadershipEventType.LeaderRelieved:
      leaders.delete(e.data.userId);
      break;
  }
  return { ...s, leaders };
}

export const countyLeadersDecider: Decider<CountyLeadersCommand, CountyLeadersEvent, CountyLeadersState> = {
  decide: decideCountyLeaders,
  evolve: evolveCountyLeaders,
  initialState: () => ({ leaders: new Map(), planFromGrade: null }),
};
