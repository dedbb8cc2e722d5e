import { actingAs, deciderSpec } from '@test/given-when-then';
import {
  IntakeEventType,
  IntakeWatchEntryAddedData,
  IntakeWatchEntryFields,
  IntakeWatchListEvent,
  WatchEntryKind,
} from './intake.events';
import { WatchListCommand, watchListDecider } from './watch-list.decider';

const { given } = deciderSpec(watchListDecider);
const context = actingAs('duty'); // 2026-03-02 09:00 Beijing
const at = context.now.toISOString();
const fields: IntakeWatchEntryFields = {
  kind: WatchEntryKind.PROJECT,
  name: '城西棚改项目',
  note: '拆迁补偿未结清',
  endsOn: null,
};
const add = (over: Partial<typeof fields> = {}, entryId = 'e1'): WatchListCommand => ({
  type: 'AddWatchEntry',
  entryId,
  countyId: 'qingshui',
  entry: { ...fields, ...over },
  context,
});
const added = (over: Partial<typeof fields> = {}, entryId = 'e1'): IntakeWatchListEvent => ({
  type: IntakeEventType.WatchEntryAdded,
  data: { entryId, countyId: 'qingshui', ...fields, ...over, by: 'duty', at },
});
const change = (over: Partial<typeof fields>, entryId = 'e1'): WatchListCommand => ({
  type: 'ChangeWatchEntry',
  entryId,
  entry: { ...fields, ...over },
  context,
});
const retire = (entryId = 'e1'): WatchListCommand => ({ type: 'RetireWatchEntry', entryId, context });
const retired: IntakeWatchListEvent = {
  type: IntakeEventType.WatchEntryRetired,
  data: { entryId: 'e1', countyId: 'qingshui', by: 'duty', at },
};

describe('the county watch list / risk library (关注清单/风险库, issue 23)', () => {
  it('adds an entry with its name and note trimmed; a repeat of the same request adds nothing', () => {
    given()
      .when(add({ name: ' 城西棚改项目 ', note: ' 拆迁补偿未结清 ' }))
      .then([added()]);
    given([added()]).when(add()).thenNothingHappens();
  });

  it('keeps an end date (the last day in force) that is today or later', () => {
    given()
      .when(add({ endsOn: '2026-03-02' }))
      .then([added({ endsOn: '2026-03-02' })]);
  });

  it('refuses bad input field by field, Chinese first', () => {
    const e = given()
      .when(add({ name: '  ', kind: 'NOPE' as WatchEntryKind, endsOn: '2026-02-30' }))
      .thenThrows('INPUT.INVALID', ['input.name', 'input.kind', 'input.endsOn']);
    expect(e.localized.zh).toMatch(/^输入有误/);
    given()
      .when(add({ endsOn: '2026-03-01' }))
      .thenThrows('INPUT.INVALID', ['input.endsOn']);
    given()
      .when(add({ note: '长'.repeat(501) }))
      .thenThrows('INPUT.INVALID', ['input.note']);
  });

  it('refuses a second entry of the same kind and name in force; another kind of the same name is fine', () => {
    given([added()]).when(add({}, 'e2')).thenThrows('INTAKE.WATCH_ENTRY_DUPLICATE');
    given([added()])
      .when(add({ kind: WatchEntryKind.KEYWORD }, 'e2'))
      .then([added({ kind: WatchEntryKind.KEYWORD }, 'e2')]);
    given([added(), retired])
      .when(add({}, 'e2'))
      .then([added({}, 'e2')]);
  });

  it('changes an entry; the same values again decide nothing', () => {
    given([added()])
      .when(change({ note: '已进入信访程序' }))
      .then([
        {
          type: IntakeEventType.WatchEntryChanged,
          data: added({ note: '已进入信访程序' }).data as IntakeWatchEntryAddedData,
        },
      ]);
    given([added()]).when(change({})).thenNothingHappens();
    given([added(), added({ kind: WatchEntryKind.KEYWORD }, 'e2')])
      .when(change({ kind: WatchEntryKind.KEYWORD }))
      .thenThrows('INTAKE.WATCH_ENTRY_DUPLICATE');
  });

  it('retires an entry once; a retired entry is neither changed nor retired again', () => {
    given([added()]).when(retire()).then([retired]);
    given([added(), retired]).when(retire()).thenThrows('INTAKE.WATCH_ENTRY_RETIRED');
    given([added(), retired])
      .when(change({ note: '改' }))
      .thenThrows('INTAKE.WATCH_ENTRY_RETIRED');
  });

  it('an entry that is not on the list is not found', () => {
    given().when(retire('nope')).thenThrows('INTAKE.WATCH_ENTRY_NOT_FOUND');
    given([added()]).when(change({}, 'nope')).thenThrows('INTAKE.WATCH_ENTRY_NOT_FOUND');
  });
});
