/**
 * The numbers of GB/T 9704-2012 (党政机关公文格式) the layout is built from, in the units Word reads: page and
 * margins in twips (1/1440 inch), type sizes in half-points. Kept in one place so that a test can hold the rendered
 * XML against the standard, not against the code's own constants.
 */
export const twipsOfMm = (mm: number) => Math.round((mm / 25.4) * 1440);

/** §5.2.1 A4: 210 mm × 297 mm. */
export const PAGE = { widthMm: 210, heightMm: 297 } as const;

/**
 * §5.2.2 版心 156 mm × 225 mm; 天头 (top margin) 37 mm, 订口 (left margin) 28 mm. The right and bottom margins follow:
 * 210 − 28 − 156 = 26 mm and 297 − 37 − 225 = 35 mm.
 */
export const TYPE_AREA = { widthMm: 156, heightMm: 225, topMm: 37, leftMm: 28 } as const;
export const MARGINS_MM = {
  top: TYPE_AREA.topMm,
  left: TYPE_AREA.leftMm,
  right: PAGE.widthMm - TYPE_AREA.leftMm - TYPE_AREA.widthMm,
  bottom: PAGE.heightMm - TYPE_AREA.topMm - TYPE_AREA.heightMm,
} as const;

/** Chinese type sizes (号) in points. */
export const PT = { 初号: 42, 小初: 36, 一号: 26, 二号: 22, 三号: 16, 四号: 14 } as const;
export const halfPoints = (pt: number) => Math.round(pt * 2);

/**
 * §5.2.3: 22 lines a page, 28 characters a line in 3号 body type. 225 mm / 22 lines = 29 pt a line, set as an exact
 * line height so a page holds 22 lines whichever substitute font is used.
 */
export const BODY_LINE_TWIPS = Math.round(((TYPE_AREA.heightMm / 22) * 72 * 20) / 25.4);
/** One character of 3号 type: indents are counted in characters (首行缩进二字, 右空四字 …). */
export const CHAR_TWIPS = PT.三号 * 20;

/**
 * The fonts the standard names and, for each, the fonts a machine without it should use instead: written into the
 * document's font table (w:altName), and in the fontconfig aliases the PDF renderer uses. Names are those Windows
 * and WPS install; the substitutes are what Debian (fonts-noto-cjk) and a stock Windows have.
 */
export const FONTS = {
  title: { name: '方正小标宋简体', substitutes: ['FZXiaoBiaoSong-B05S', 'SimSun', 'Noto Serif CJK SC'] },
  body: { name: '仿宋_GB2312', substitutes: ['FangSong', 'FangSong_GB2312', 'Noto Serif CJK SC'] },
  heading1: { name: '黑体', substitutes: ['SimHei', 'Noto Sans CJK SC'] },
  heading2: { name: '楷体_GB2312', substitutes: ['KaiTi', 'KaiTi_GB2312', 'Noto Serif CJK SC'] },
  /** Page numbers: 4号半角宋体阿拉伯数字 (§7.5). */
  pageNumber: { name: '宋体', substitutes: ['SimSun', 'Noto Serif CJK SC'] },
  latin: { name: 'Times New Roman', substitutes: ['Liberation Serif'] },
} as const;
export type FontRole = keyof typeof FONTS;

/** The red of the 发文机关标志 and the 分隔线 (§7.2.3, §7.2.5). */
export const RED = 'FF0000';

/** 成文日期 (§7.3.5.3): Arabic numerals, year in full, month and day without a leading zero — 2026年12月6日. */
export function documentDate(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

export { documentNumber } from '../domain/document-number';

/** 份号 (§7.2.1): six Arabic digits. */
export const copyNumber = (n: number) => String(n).padStart(6, '0');
