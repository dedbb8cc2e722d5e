import { beijingDay, beijingFileStamp, fileNamePart } from './beijing-time';

describe('Beijing time for people and file names', () => {
  it('stamps a file with the Beijing date and minute, across midnight UTC', () => {
    // 2026-12-06 23:55 Beijing is 15:55 UTC the same day; 2026-12-07 00:10 Beijing is still the 6th in UTC.
    expect(beijingFileStamp(new Date('2026-12-06T15:55:30.000Z'))).toBe('20261206-2355');
    expect(beijingFileStamp(new Date('2026-12-06T16:10:00.000Z'))).toBe('20261207-0010');
    expect(beijingDay(new Date('2026-12-06T16:10:00.000Z'))).toBe('2026-12-07');
  });

  it('keeps a title usable as a file name', () => {
    expect(fileNamePart('关于"东湖镇"征地/补偿的说明?')).toBe('关于_东湖镇_征地_补偿的说明_');
    expect(fileNamePart('长'.repeat(60))).toHaveLength(40);
  });
});
