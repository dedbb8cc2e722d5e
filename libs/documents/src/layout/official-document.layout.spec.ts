import { createHash } from 'node:crypto';
import { docxParts, paragraphsOf } from './docx-xml';
import { documentDate, documentNumber } from './gbt9704';
import JSZip from 'jszip';
import { LAYOUT_VERSION, renderOfficialDocument } from './official-document.layout';
import { qrPng } from './verification-qr';
import { SAMPLE_FILE, SAMPLE_LETTER } from './sample-documents';

/** Millimetres in twips, rounded as Word stores them. */
const mm = (v: number) => Math.round((v / 25.4) * 1440);
const attr = (xml: string, element: string, name: string) =>
  new RegExp(`<${element}[^>]*\\s${name}="([^"]*)"`).exec(xml)?.[1];

describe('GB/T 9704-2012 layout, read back from the document XML', () => {
  let file: Record<string, string>;
  let letter: Record<string, string>;
  beforeAll(async () => {
    file = await docxParts(await renderOfficialDocument(SAMPLE_FILE));
    letter = await docxParts(await renderOfficialDocument(SAMPLE_LETTER));
  });

  it('is on A4 with 天头 37 mm, 订口 28 mm and a 156 × 225 mm type area', () => {
    const doc = file['word/document.xml'];
    expect(Number(attr(doc, 'w:pgSz', 'w:w'))).toBe(mm(210));
    expect(Number(attr(doc, 'w:pgSz', 'w:h'))).toBe(mm(297));
    const top = Number(attr(doc, 'w:pgMar', 'w:top'));
    const left = Number(attr(doc, 'w:pgMar', 'w:left'));
    const right = Number(attr(doc, 'w:pgMar', 'w:right'));
    const bottom = Number(attr(doc, 'w:pgMar', 'w:bottom'));
    expect(top).toBe(mm(37));
    expect(left).toBe(mm(28));
    expect(Math.abs(mm(210) - left - right - mm(156))).toBeLessThanOrEqual(1);
    expect(Math.abs(mm(297) - top - bottom - mm(225))).toBeLessThanOrEqual(1);
  });

  it('sets the body in 3号仿宋_GB2312 at 22 lines a page, the title in 2号方正小标宋简体', () => {
    const styles = file['word/styles.xml'];
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="仿宋_GB2312"[\s\S]*<w:sz w:val="32"\/>/);
    const doc = file['word/document.xml'];
    const title = /<w:p>(?:(?!<\/w:p>)[\s\S])*关于东湖镇征地补偿网络舆情处置情况的报告[\s\S]*?<\/w:p>/.exec(
      doc,
    )![0];
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    // 225 mm over 22 lines, exactly.
    const body = /<w:p>(?:(?!<\/w:p>)[\s\S])*有网民在本地论坛发帖[\s\S]*?<\/w:p>/.exec(doc)![0];
    expect(body).toContain(`w:line="${mm(225 / 22)}" w:lineRule="exact"`);
    expect(body).toContain('w:firstLine="640"');
  });

  it('sets 一、 headings in 黑体 and （一） headings in 楷体_GB2312', () => {
    const doc = file['word/document.xml'];
    const h1 = /<w:p>(?:(?!<\/w:p>)[\s\S])*一、基本情况[\s\S]*?<\/w:p>/.exec(doc)![0];
    const h2 = /<w:p>(?:(?!<\/w:p>)[\s\S])*（一）舆情态势[\s\S]*?<\/w:p>/.exec(doc)![0];
    expect(h1).toContain('w:eastAsia="黑体"');
    expect(h2).toContain('w:eastAsia="楷体_GB2312"');
  });

  it('names substitutes for every standard font in the font table', () => {
    const fonts = file['word/fontTable.xml'];
    expect(fonts).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="FangSong,[^"]*Noto Serif CJK SC"/);
    expect(fonts).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="[^"]*SimSun/);
    expect(fonts).toMatch(/<w:font w:name="黑体"><w:altName w:val="SimHei/);
    expect(fonts).toMatch(/<w:font w:name="楷体_GB2312"><w:altName w:val="KaiTi/);
    expect(file['word/_rels/document.xml.rels']).toContain('Target="fontTable.xml"');
    expect(file['[Content_Types].xml']).toContain('/word/fontTable.xml');
  });

  it('has the 版头: 份号, 密级, 紧急程度, the red 发文机关标志 with 文件, the 发文字号 with 签发人 over a red line', () => {
    const doc = file['word/document.xml'];
    const text = paragraphsOf(doc);
    expect(text.slice(0, 3)).toEqual(['000012', '内部', '特急']);
    const mark = /<w:p>(?:(?!<\/w:p>)[\s\S])*清水县网络舆情应急监控中心文件[\s\S]*?<\/w:p>/.exec(doc)![0];
    expect(mark).toContain('<w:color w:val="FF0000"/>');
    expect(mark).toContain('w:eastAsia="方正小标宋简体"');
    const numberLine = text.find((t) => t.includes('〔2026〕'));
    expect(numberLine).toBe('清水网信〔2026〕3号\t签发人：郑华');
    const numberPara = /<w:p>(?:(?!<\/w:p>)[\s\S])*清水网信〔2026〕3号[\s\S]*?<\/w:p>/.exec(doc)![0];
    expect(numberPara).toMatch(/<w:bottom w:val="single" w:color="FF0000"/);
  });

  it('writes 发文字号 with hexagonal brackets and 成文日期 in Arabic numerals without leading zeros', () => {
    expect(documentNumber('清水网信', 2026, 3)).toBe('清水网信〔2026〕3号');
    expect(() => documentNumber('清水网信', 2026, 0)).toThrow();
    expect(documentDate('2026-01-06')).toBe('2026年1月6日');
    const text = paragraphsOf(file['word/document.xml']);
    expect(text).toContain('2026年12月6日');
    expect(text).toContain('附件：1. 处置工作台账');
    expect(text).toContain('2. 网民留言摘录');
    expect(text).toContain('县委办公室：');
  });

  it('ends with the 版记 at the foot of the last page: 抄送 and 印发机关和印发日期 between a thick and a thin line', () => {
    const doc = file['word/document.xml'];
    const text = paragraphsOf(doc);
    expect(text).toContain('抄送：县委宣传部，东湖镇人民政府。');
    // The 版记 is the last table, floating at the bottom of the type area (§7.4: its last line on the lower edge),
    // placed against the page at the left margin so that LibreOffice keeps it a frame, then one empty anchor.
    expect(text.slice(-2)).toEqual(['清水县网络舆情应急监控中心\t2026年12月6日印发', '']);
    const table = doc.slice(doc.lastIndexOf('<w:tbl>'));
    const float = /<w:tblpPr [^>]*\/>/.exec(table)![0];
    expect(attr(float, 'w:tblpPr', 'w:vertAnchor')).toBe('margin');
    expect(attr(float, 'w:tblpPr', 'w:tblpYSpec')).toBe('bottom');
    expect(attr(float, 'w:tblpPr', 'w:horzAnchor')).toBe('page');
    expect(Number(attr(float, 'w:tblpPr', 'w:tblpX'))).toBe(mm(28));
    expect(Number(attr(table, 'w:tblW', 'w:w'))).toBe(mm(156));
    expect(table).toMatch(/<w:top w:val="single" w:color="000000" w:sz="8"\/>/);
    expect(table).toMatch(/<w:insideH w:val="single" w:color="000000" w:sz="6"\/>/);
    expect(text.some((t) => t.trim() === '核验码：K7QX-2M9D-TR4P（扫码核验）')).toBe(true);
  });

  it('puts a QR code that opens the record’s check beside the verification code, after the date', async () => {
    const doc = file['word/document.xml'];
    const qr = /<w:p>(?:(?!<\/w:p>)[\s\S])*核验码：K7QX-2M9D-TR4P[\s\S]*?<\/w:p>/.exec(doc)![0];
    expect(qr).toContain('<wp:inline');
    expect(qr).toContain('descr="https://yuqing.qingshui.example.cn/#/verify/K7QX-2M9D-TR4P"');
    // 18 mm square, in EMUs (36000 a millimetre, as 96-dpi pixels).
    const cx = Number(/<wp:extent cx="(\d+)" cy="(\d+)"/.exec(qr)![1]);
    expect(Math.abs(cx / 36000 - 18)).toBeLessThan(0.3);
    const text = paragraphsOf(doc);
    expect(text.findIndex((t) => t.includes('核验码'))).toBeGreaterThan(text.indexOf('2026年12月6日'));
    const rels = file['word/_rels/document.xml.rels'];
    const target = /Target="media\/([^"]+\.png)"/.exec(rels)![1];
    const zip = await JSZip.loadAsync(await renderOfficialDocument(SAMPLE_FILE));
    const png = await zip.file(`word/media/${target}`)!.async('nodebuffer');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.equals(await qrPng(SAMPLE_FILE.verificationUrl!))).toBe(true);
  });

  it('still makes layout 1 (the 版记 after the text, no QR code) for documents issued under it', async () => {
    const v1 = (await docxParts(await renderOfficialDocument(SAMPLE_FILE, 1)))['word/document.xml'];
    const text = paragraphsOf(v1);
    expect(text[text.length - 1]).toBe('清水县网络舆情应急监控中心\t2026年12月6日印发');
    expect(v1).not.toContain('<w:tblpPr');
    expect(v1).not.toContain('<w:drawing>');
    expect(text).toContain(
      '核验码：K7QX-2M9D-TR4P（在平台「公文核验」中输入，可核对本件与发文记录是否一致）',
    );
    expect(LAYOUT_VERSION).toBe(2);
    await expect(renderOfficialDocument(SAMPLE_FILE, 3)).rejects.toThrow('unknown layout version 3');
  });

  it('numbers pages — 1 — in 4号宋体, odd pages right and even pages left', () => {
    const footers = Object.entries(file).filter(([n]) => /^word\/footer\d+\.xml$/.test(n));
    const xml = footers.map(([, x]) => x).join('');
    expect(xml).toContain('PAGE');
    expect(xml).toContain('— ');
    expect(xml).toContain('<w:sz w:val="28"/>');
    expect(xml).toContain('<w:jc w:val="right"/>');
    expect(xml).toContain('<w:jc w:val="left"/>');
    expect(file['word/settings.xml']).toContain('<w:evenAndOddHeaders');
  });

  it('lays a letter out in 信函格式: red name and double lines on page one, the number top right, no 版记', () => {
    const doc = letter['word/document.xml'];
    expect(doc).toContain('<w:titlePg/>');
    const headers = Object.entries(letter)
      .filter(([n]) => /^word\/header\d+\.xml$/.test(n))
      .map(([, x]) => x)
      .join('');
    expect(headers).toContain('清水县网络舆情应急监控中心');
    expect(headers).toMatch(/<w:bottom w:val="thickThinSmallGap" w:color="FF0000"/);
    const footers = Object.entries(letter)
      .filter(([n]) => /^word\/footer\d+\.xml$/.test(n))
      .map(([, x]) => x)
      .join('');
    expect(footers).toMatch(/<w:top w:val="thinThickSmallGap" w:color="FF0000"/);
    const text = paragraphsOf(doc);
    expect(text[0]).toBe('加急\t清水网信函〔2026〕7号');
    expect(text.some((t) => t.includes('文件'))).toBe(false);
    expect(doc).not.toContain('<w:tbl>');
    expect(doc).toContain('descr="https://yuqing.qingshui.example.cn/#/verify/A2B3-C4D5-E6F7"');
  });

  it('gives the same bytes for the same model, and other bytes for another', async () => {
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    const a = await renderOfficialDocument(SAMPLE_FILE);
    const b = await renderOfficialDocument(structuredClone(SAMPLE_FILE));
    expect(sha(a)).toBe(sha(b));
    const c = await renderOfficialDocument({ ...SAMPLE_FILE, documentNumber: '清水网信〔2026〕4号' });
    expect(sha(c)).not.toBe(sha(a));
    // The QR code's link is part of what is fixed: another link, other bytes.
    const d = await renderOfficialDocument({
      ...SAMPLE_FILE,
      verificationUrl: 'yuqing:verify/K7QX-2M9D-TR4P',
    });
    expect(sha(d)).not.toBe(sha(a));
    expect(sha(await renderOfficialDocument(SAMPLE_FILE, 1))).not.toBe(sha(a));
    expect((await docxParts(a))['docProps/core.xml']).toContain('2026-12-06T02:30:00Z');
  });
});
