/** 发文字号 (§7.2.4): 机关代字〔年份〕序号 with hexagonal brackets, the number without leading zeros or 第. */
export function documentNumber(code: string, year: number, number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new Error(`not a serial number: ${number}`);
  return `${code}〔${year}〕${number}号`;
}
