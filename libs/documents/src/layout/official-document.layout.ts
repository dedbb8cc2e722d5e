import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  LineRuleType,
  RelativeVerticalPosition,
  Packer,
  PageNumber,
  Paragraph,
  ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableAnchorType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { fixPackage } from './deterministic-package';
import { qrPng } from './verification-qr';
import {
  BODY_LINE_TWIPS,
  CHAR_TWIPS,
  documentDate,
  FontRole,
  FONTS,
  halfPoints,
  MARGINS_MM,
  PAGE,
  PT,
  RED,
  twipsOfMm,
  TYPE_AREA,
} from './gbt9704';
import { BodyBlock, OfficialDocumentModel } from '../domain/official-document.model';

const TYPE_WIDTH = twipsOfMm(TYPE_AREA.widthMm);

interface RunStyle {
  font?: FontRole;
  pt?: number;
  bold?: boolean;
  color?: string;
}

/** A run in one of the standard's fonts; Latin letters and digits in Times New Roman beside it. */
function run(text: string, s: RunStyle = {}): TextRun {
  const font = FONTS[s.font ?? 'body'].name;
  return new TextRun({
    text,
    font: { eastAsia: font, ascii: FONTS.latin.name, hAnsi: FONTS.latin.name, hint: 'eastAsia' },
    size: halfPoints(s.pt ?? PT.三号),
    bold: s.bold,
    color: s.color,
  });
}

interface ParaStyle {
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  firstLineChars?: number;
  leftChars?: number;
  rightChars?: number;
  /** Exact line height in twips (the body's 28.95 pt unless said). */
  line?: number;
  keepNext?: boolean;
}

function para(children: ParagraphChild[], s: ParaStyle = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: s.align ?? AlignmentType.JUSTIFIED,
    spacing: { line: s.line ?? BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    indent: {
      firstLine: s.firstLineChars ? s.firstLineChars * CHAR_TWIPS : undefined,
      left: s.leftChars ? s.leftChars * CHAR_TWIPS : undefined,
      right: s.rightChars ? s.rightChars * CHAR_TWIPS : undefined,
    },
    keepNext: s.keepNext,
  });
}

const blankLine = () => para([run('')]);

/**
 * 版头 (§7.2) of the 文件格式: 份号, 密级和保密期限, 紧急程度 top left in 3号黑体; the issuer's name and 文件 in red
 * 小标宋, centred; two blank lines; the 发文字号 centred — or, with 签发人, the number left and 签发人 right, each one
 * character in (§7.2.6); the red line the width of the type area 4 mm below the number.
 */
function fileMasthead(m: OfficialDocumentModel): Paragraph[] {
  const out: Paragraph[] = [];
  if (m.copyNumber) out.push(para([run(m.copyNumber, { font: 'heading1' })], { align: AlignmentType.LEFT }));
  if (m.classificationMark)
    out.push(para([run(m.classificationMark, { font: 'heading1' })], { align: AlignmentType.LEFT }));
  if (m.urgency) out.push(para([run(m.urgency, { font: 'heading1' })], { align: AlignmentType.LEFT }));
  // §7.2.3: the mark's top edge 35 mm below the type area's for documents sent up; here it follows the marks above.
  out.push(blankLine());
  const mark = `${m.issuerMark}文件`;
  const markPt = markSize(mark, PT.小初);
  out.push(
    para([run(mark, { font: 'title', pt: markPt, color: RED })], {
      align: AlignmentType.CENTER,
      line: Math.round(markPt * 20 * 1.3),
    }),
  );
  out.push(blankLine(), blankLine());
  const signers = m.signers ?? [];
  const numberRun = run(m.documentNumber ?? '（待编号）');
  const redLine = {
    bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 11 },
  };
  if (signers.length) {
    out.push(
      new Paragraph({
        children: [
          numberRun,
          new TextRun({ text: '\t' }),
          run('签发人：'),
          run(signers.join('　'), { font: 'heading2' }),
        ],
        tabStops: [{ type: TabStopType.RIGHT, position: TYPE_WIDTH - CHAR_TWIPS }],
        indent: { left: CHAR_TWIPS },
        spacing: { line: BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        border: redLine,
      }),
    );
  } else {
    out.push(
      new Paragraph({
        children: [numberRun],
        alignment: AlignmentType.CENTER,
        spacing: { line: BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        border: redLine,
      }),
    );
  }
  out.push(blankLine(), blankLine());
  return out;
}

/** The mark on one line: at most `max` points, smaller for a long name so it fits the type area's width (§7.2.3). */
function markSize(mark: string, max: number): number {
  const widthPt = (TYPE_AREA.widthMm / 25.4) * 72;
  return Math.min(max, Math.floor((widthPt / [...mark].length) * 2) / 2);
}

/**
 * 信函格式 (§10.1) page-one head: the issuer's name in red 小标宋, centred, 30 mm from the page's top edge (set as
 * the first page's header), with a red double line under it (thick above thin); a thin-above-thick red double line
 * 20 mm from the bottom edge is the first page's footer, which is why page one carries no page number.
 */
function letterHeader(m: OfficialDocumentModel): Header {
  return new Header({
    children: [
      para([run(m.issuerMark, { font: 'title', pt: markSize(m.issuerMark, PT.一号), color: RED })], {
        align: AlignmentType.CENTER,
        line: Math.round(PT.一号 * 20 * 1.4),
      }),
      new Paragraph({
        children: [],
        border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: RED, space: 1 } },
        spacing: { line: 120, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      }),
    ],
  });
}

function letterFirstFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        children: [],
        border: { top: { style: BorderStyle.THIN_THICK_SMALL_GAP, size: 24, color: RED, space: 1 } },
        spacing: { line: 120, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      }),
    ],
  });
}

/** Letters: 份号, 密级 and 紧急程度 top left, the 发文字号 top right, one line under the red double line (§10.1). */
function letterMarks(m: OfficialDocumentModel): Paragraph[] {
  const left = [m.copyNumber, m.classificationMark, m.urgency].filter((x): x is string => !!x);
  const out: Paragraph[] = [];
  const first = left.shift();
  out.push(
    new Paragraph({
      children: [
        ...(first ? [run(first, { font: 'heading1' })] : []),
        new TextRun({ text: '\t' }),
        run(m.documentNumber ?? '（待编号）'),
      ],
      tabStops: [{ type: TabStopType.RIGHT, position: TYPE_WIDTH - CHAR_TWIPS }],
      spacing: { line: BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    }),
  );
  for (const mark of left) out.push(para([run(mark, { font: 'heading1' })], { align: AlignmentType.LEFT }));
  out.push(blankLine());
  return out;
}

/** 标题 (§7.3.1): 2号小标宋, centred, one blank line below the 版头 or letter marks' gap. */
function titleBlock(m: OfficialDocumentModel): Paragraph[] {
  return [
    para([run(m.title, { font: 'title', pt: PT.二号 })], {
      align: AlignmentType.CENTER,
      line: Math.round(PT.二号 * 20 * 1.5),
    }),
    blankLine(),
  ];
}

const HEADING_FONT: Record<1 | 2 | 3 | 4, RunStyle> = {
  1: { font: 'heading1' },
  2: { font: 'heading2' },
  3: { font: 'body', bold: true },
  4: { font: 'body' },
};

function bodyBlocks(blocks: BodyBlock[]): (Paragraph | Table)[] {
  return blocks.map((b) => {
    switch (b.kind) {
      case 'paragraph':
        return para([run(b.text)], { firstLineChars: 2 });
      case 'heading':
        return para([run(b.text, HEADING_FONT[b.level])], { firstLineChars: 2, keepNext: true });
      case 'table':
        return bodyTable(b.rows);
    }
  });
}

function bodyTable(rows: string[][]): Table {
  const cols = Math.max(1, ...rows.map((r) => r.length));
  // Columns as wide as their longest text needs (at least three, for a two-character header and its padding), sharing the type area's width.
  const need = Array.from({ length: cols }, (_, c) =>
    Math.max(3, ...rows.map((r) => [...(r[c] ?? '')].length)),
  );
  const total = need.reduce((a, b) => a + b, 0);
  const widths = need.map((n) => Math.floor((TYPE_WIDTH * n) / total));
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    rows: rows.map(
      (cells, i) =>
        new TableRow({
          tableHeader: i === 0,
          children: Array.from(
            { length: cols },
            (_, c) =>
              new TableCell({
                width: { size: widths[c], type: WidthType.DXA },
                children: [
                  para([run(cells[c] ?? '', { pt: PT.四号, font: i === 0 ? 'heading1' : 'body' })], {
                    align: AlignmentType.CENTER,
                    line: Math.round(PT.四号 * 20 * 1.5),
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

/**
 * 附件说明 (§7.3.4): one blank line under the body, two characters in: 附件：1. … with later items aligned under the
 * first name. 署名 and 成文日期 (§7.3.5.2, 不加盖印章): the date four characters in from the right, the signature centred
 * on the date; 附注 two characters in, in parentheses (§7.3.6).
 */
function closing(m: OfficialDocumentModel): Paragraph[] {
  const out: Paragraph[] = [];
  const attachments = m.attachments ?? [];
  if (attachments.length) {
    out.push(blankLine());
    attachments.forEach((name, i) => {
      const label = attachments.length > 1 ? `${i + 1}. ${name}` : name;
      out.push(
        i === 0 ? para([run(`附件：${label}`)], { leftChars: 2 }) : para([run(label)], { leftChars: 5 }),
      );
    });
  }
  const date = documentDate(m.date);
  // Centre the signature over the date: pad it to the date's width when it is the shorter one.
  out.push(blankLine(), blankLine());
  out.push(
    para([run(m.signature)], { align: AlignmentType.RIGHT, rightChars: 4 + signaturePad(m.signature, date) }),
  );
  out.push(para([run(date)], { align: AlignmentType.RIGHT, rightChars: 4 }));
  if (m.note) out.push(blankLine(), para([run(m.note)], { leftChars: 2 }));
  return out;
}

const VERIFICATION_TEXT = (code: string) =>
  `核验码：${code}（在平台「公文核验」中输入，可核对本件与发文记录是否一致）`;

/** Layout 1: the verification code as a line of 4号 type under the date. */
function verificationLine(m: OfficialDocumentModel): Paragraph[] {
  if (!m.verificationCode) return [];
  return [
    para([run(VERIFICATION_TEXT(m.verificationCode), { pt: PT.四号 })], {
      leftChars: 2,
      align: AlignmentType.LEFT,
    }),
  ];
}

/** The QR code's printed side: 18 mm, small enough to sit beside the code and large enough for a phone. */
const QR_MM = 18;
const QR_PX = Math.round((QR_MM / 25.4) * 96);

/**
 * Layout 2: the QR code (opening the record's check, `verificationUrl`) with the verification code beside it, one
 * blank line under the date or 附注. The image has a fixed drawing id and a name derived from its bytes, so the
 * package stays the same for the same model. The paragraph's line is not exact: an exact line would clip the image.
 */
async function verificationBlock(m: OfficialDocumentModel): Promise<Paragraph[]> {
  if (!m.verificationCode) return [];
  if (!m.verificationUrl) return verificationLine(m);
  // Short enough to stay on the QR code's line: the scan opens the check, the code is for typing it in.
  const text = run(`核验码：${m.verificationCode}（扫码核验）`, { pt: PT.四号 });
  const image = new ImageRun({
    type: 'png',
    data: await qrPng(m.verificationUrl),
    transformation: { width: QR_PX, height: QR_PX },
    altText: { id: '1', name: 'verification-qr', description: m.verificationUrl, title: '公文核验二维码' },
  });
  return [
    blankLine(),
    new Paragraph({
      children: [image, new TextRun({ text: '  ' }), text],
      alignment: AlignmentType.LEFT,
      indent: { left: 2 * CHAR_TWIPS, hanging: 0 },
      spacing: { before: 0, after: 0 },
    }),
  ];
}

/** Characters to move the signature left so that it sits centred over a longer date. */
function signaturePad(signature: string, date: string): number {
  const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);
  return Math.max(0, Math.floor((width(date) - width(signature)) / 2));
}

/**
 * 版记 (§7.4): 抄送 and 印发机关和印发日期 in 4号仿宋, one character in from each side, between black lines the width
 * of the type area — thick (0.35 mm) at the top and bottom, thin (0.25 mm) between: a table of one column whose
 * borders are the lines. The standard puts it at the foot of the last page, its last line on the type area's lower
 * edge (`float`, layout 2): a floating table anchored to the bottom of the margin. LibreOffice turns a floating
 * table into a frame only when it is narrower than the type area or placed against the page, so it is placed
 * against the page at the left margin (a full-width one anchored to the margin is laid out inline). Layout 1 had
 * it follow the text.
 */
function imprint(m: OfficialDocumentModel, float: boolean): (Paragraph | Table)[] {
  const copyTo = m.copyTo ?? [];
  const indent = PT.四号 * 20;
  const line = Math.round(PT.四号 * 20 * 1.6);
  const rows: Paragraph[] = [];
  if (copyTo.length)
    rows.push(
      para([run(`抄送：${copyTo.join('，')}。`, { pt: PT.四号 })], { align: AlignmentType.LEFT, line }),
    );
  if (m.printing)
    rows.push(
      new Paragraph({
        children: [
          run(m.printing.by, { pt: PT.四号 }),
          new TextRun({ text: '\t' }),
          run(`${documentDate(m.printing.on)}印发`, { pt: PT.四号 }),
        ],
        tabStops: [{ type: TabStopType.RIGHT, position: TYPE_WIDTH - 2 * indent }],
        spacing: { line, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      }),
    );
  if (!rows.length) return [];
  const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000' } as const;
  const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
  const table = new Table({
    width: { size: TYPE_WIDTH, type: WidthType.DXA },
    columnWidths: [TYPE_WIDTH],
    layout: TableLayoutType.FIXED,
    ...(float
      ? {
          float: {
            horizontalAnchor: TableAnchorType.PAGE,
            absoluteHorizontalPosition: twipsOfMm(MARGINS_MM.left),
            verticalAnchor: TableAnchorType.MARGIN,
            relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
            topFromText: 0,
            bottomFromText: 0,
            leftFromText: 0,
            rightFromText: 0,
          },
        }
      : {}),
    borders: {
      top: thick,
      bottom: thick,
      left: none,
      right: none,
      insideHorizontal: thin,
      insideVertical: none,
    },
    rows: rows.map(
      (p) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: TYPE_WIDTH, type: WidthType.DXA },
              margins: { left: indent, right: indent, top: 40, bottom: 40 },
              children: [p],
            }),
          ],
        }),
    ),
  });
  // A floating table is anchored to the paragraph after it (Word always has one after a table; LibreOffice drops
  // a floating table with nothing to anchor to): an empty one, 1 pt high, so that it never adds a page.
  if (!float) return [blankLine(), table];
  return [
    table,
    new Paragraph({ children: [], spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 } }),
  ];
}

/**
 * 页码 (§7.5): 4号半角宋体 Arabic numerals with a dash either side (— 1 —), 7 mm below the type area; odd pages one
 * character in from the right, even pages one in from the left.
 */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const style = { font: FONTS.pageNumber.name, size: halfPoints(PT.四号) };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: PT.四号 * 20 } : { left: PT.四号 * 20 },
        children: [new TextRun({ ...style, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/**
 * The versions of the layout rules. An issued document records the version it was made with and is made again
 * with it, so that its bytes still match the log after the rules move on. 1: the 版记 followed the text and the
 * verification code was a line of text; 2: the 版记 at the foot of the last page, and a QR code beside the code.
 */
export const LAYOUT_VERSION = 2;
export type LayoutVersion = 1 | 2;

/**
 * The document laid out per GB/T 9704-2012, as .docx bytes: the same model (and layout version) always gives the
 * same bytes.
 */
export async function renderOfficialDocument(
  m: OfficialDocumentModel,
  version: number = LAYOUT_VERSION,
): Promise<Buffer> {
  if (version !== 1 && version !== 2) throw new Error(`unknown layout version ${version}`);
  const letter = m.format === 'LETTER';
  const addressees = m.addressees ? [para([run(`${m.addressees}：`)], { align: AlignmentType.LEFT })] : [];
  const children: (Paragraph | Table)[] = [
    ...(letter ? letterMarks(m) : fileMasthead(m)),
    ...titleBlock(m),
    ...addressees,
    ...bodyBlocks(m.body),
    ...closing(m),
    ...(version === 1 ? verificationLine(m) : await verificationBlock(m)),
    ...imprint(m, version >= 2),
  ];
  const doc = new Document({
    creator: m.signature,
    title: m.title,
    lastModifiedBy: m.signature,
    revision: 1,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: { eastAsia: FONTS.body.name, ascii: FONTS.latin.name, hAnsi: FONTS.latin.name },
            size: halfPoints(PT.三号),
          },
          paragraph: { spacing: { line: BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: letter,
          page: {
            size: { width: twipsOfMm(PAGE.widthMm), height: twipsOfMm(PAGE.heightMm) },
            margin: {
              top: twipsOfMm(MARGINS_MM.top),
              left: twipsOfMm(MARGINS_MM.left),
              right: twipsOfMm(MARGINS_MM.right),
              bottom: twipsOfMm(MARGINS_MM.bottom),
              // Letters: the name's top edge 30 mm from the page's (§10.1); files have no header.
              header: twipsOfMm(letter ? 30 : 15),
              // Page numbers 7 mm below the type area: the footer's text sits between 28 and 23 mm from the edge.
              footer: twipsOfMm(letter ? 20 : 23),
            },
          },
        },
        headers: letter
          ? {
              first: letterHeader(m),
              default: new Header({ children: [] }),
              even: new Header({ children: [] }),
            }
          : undefined,
        footers: {
          default: pageNumberFooter('odd'),
          even: pageNumberFooter('even'),
          ...(letter ? { first: letterFirstFooter() } : {}),
        },
        children,
      },
    ],
  });
  return fixPackage(await Packer.toBuffer(doc), m.issuedAt);
}
