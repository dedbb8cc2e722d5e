import { mentionedUnits, renderMentions, unitMention } from './unit-mentions';

const donghu = '0b0e7a52-6e0f-4a43-9d6b-3f1f7e0c1a01';
const bureau = '0b0e7a52-6e0f-4a43-9d6b-3f1f7e0c1a02';

describe('unit mentions on a timeline line', () => {
  const line = `派单给${unitMention(donghu)}、${unitMention(bureau)}`;

  it('lists the units a line mentions', () => {
    expect(mentionedUnits(line)).toEqual([donghu, bureau]);
    expect(mentionedUnits('签收工单')).toEqual([]);
  });

  it('reads with the names of the units, never their ids', () => {
    const names = new Map([
      [donghu, '东湖镇'],
      [bureau, '清水县自然资源局'],
    ]);
    expect(renderMentions(line, names)).toBe('派单给东湖镇、清水县自然资源局');
  });

  it('a unit the directory does not know reads as such, not as an id', () => {
    expect(renderMentions(line, new Map([[donghu, '东湖镇']]), 'a unit')).toBe('派单给东湖镇、a unit');
  });
});
