import { actingAs, deciderSpec } from '@test/given-when-then';
import { CountyLeadersCommand, countyLeadersDecider, PersonFacts } from './county-leaders.decider';
import { CountyLeadersEvent, LeadershipEventType } from './leadership.events';

const { given } = deciderSpec(countyLeadersDecider);
const context = actingAs('admin');
const at = context.now.toISOString();
const person = (over: Partial<PersonFacts> = {}): PersonFacts => ({
  userId: 'u-li',
  unitId: 'centre',
  name: '李县长',
  countyId: 'qingshui',
  roles: ['LEADER'],
  active: true,
  ...over,
});
const appoint = (over: Partial<Extract<CountyLeadersCommand, { type: 'AppointCountyLeader' }>> = {}) =>
  ({
    type: 'AppointCountyLeader',
    countyId: 'qingshui',
    person: person(),
    post: ' 分管副县长 ',
    fields: ['LAND_ACQUISITION', 'ECOLOGY', 'LAND_ACQUISITION'],
    principal: false,
    context,
    ...over,
  }) as CountyLeadersCommand;
const appointed: CountyLeadersEvent = {
  type: LeadershipEventType.LeaderAppointed,
  data: {
    countyId: 'qingshui',
    userId: 'u-li',
    unitId: 'centre',
    name: '李县长',
    post: '分管副县长',
    fields: ['ECOLOGY', 'LAND_ACQUISITION'],
    principal: false,
    at,
  },
};

describe('the county’s roster of leaders', () => {
  it('appoints a leader of the county with a post and the fields in their charge', () => {
    given().when(appoint()).then([appointed]);
  });

  it('changes nothing when the same appointment comes again, and records a change of fields', () => {
    given([appointed]).when(appoint()).thenNothingHappens();
    given([appointed])
      .when(appoint({ fields: ['FOOD_DRUG'] }))
      .then((events) => expect(events[0].data).toMatchObject({ fields: ['FOOD_DRUG'] }));
  });

  it('refuses a person of another county, one without the LEADER role, or no one', () => {
    given()
      .when(appoint({ person: person({ countyId: 'hexi' }) }))
      .thenThrows('LEADERSHIP.LEADER_NOT_IN_COUNTY');
    given()
      .when(appoint({ person: person({ roles: ['HANDLER'] }) }))
      .thenThrows('LEADERSHIP.LEADER_NOT_IN_COUNTY');
    given()
      .when(appoint({ person: null }))
      .thenThrows('LEADERSHIP.LEADER_NOT_IN_COUNTY');
  });

  it('refuses an unknown field, a leader in charge of nothing, or a blank post', () => {
    given()
      .when(appoint({ fields: ['WEATHER'] }))
      .thenThrows('INPUT.INVALID', ['input.fields']);
    given()
      .when(appoint({ fields: [] }))
      .thenThrows('INPUT.INVALID', ['input.fields']);
    given()
      .when(appoint({ post: ' ' }))
      .thenThrows('INPUT.INVALID', ['input.post']);
  });

  it('lets a principal leader be in charge of no field in particular', () => {
    given()
      .when(appoint({ fields: [], principal: true, post: '县委书记' }))
      .then((events) => expect(events[0].data).toMatchObject({ principal: true, fields: [] }));
  });

  it('relieves a leader on the roster, and no one else', () => {
    given([appointed])
      .when({ type: 'RelieveCountyLeader', countyId: 'qingshui', userId: 'u-li', context })
      .then([
        { type: LeadershipEventType.LeaderRelieved, data: { countyId: 'qingshui', userId: 'u-li', at } },
      ]);
    given()
      .when({ type: 'RelieveCountyLeader', countyId: 'qingshui', userId: 'u-li', context })
      .thenThrows('LEADERSHIP.LEADER_NOT_APPOINTED');
  });
});
