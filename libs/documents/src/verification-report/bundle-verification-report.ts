import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { BundleCheck } from '@app/audit';
import { beijingDay } from '@app/kernel';
import { documentDate, FONTS, halfPoints, PT, twipsOfMm } from '../layout/gbt9704';

/** Who checked the bundle, for the report's foot. */
export interface Verifier {
  name: string;
  unitName: string;
}

/** 2026年12月6日 23时55分 (Beijing), the way the county's papers write a moment. */
function whenText(at: Date | string): string {
  const d = new Date(new Date(at).getTime() + 8 * 3_600_000).toISOString();
  return `${documentDate(beijingDay(new Date(at)))} ${Number(d.slice(11, 13))}时${Number(d.slice(14, 16))}分`;
}

const run = (text: string, o: { bold?: boolean; font?: string; size?: number; color?: string } = {}) =>
  new TextRun({
    text,
    bold: o.bold,
    color: o.color,
    size: halfPoints(o.size ?? PT.四号),
    font: { eastAsia: o.font ?? FONTS.body.name, ascii: FONTS.latin.name, hAnsi: FONTS.latin.name },
  });

const cell = (text: string, o: { bold?: boolean; width: number; color?: string }) =>
  new TableCell({
    width: { size: o.width, type: WidthType.PERCENTAGE },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: text
      .split('\n')
      .map((line) => new Paragraph({ children: [run(line, { bold: o.bold, color: o.color, size: 12 })] })),
  });

/** The lines of the report's table: what was checked, against what, and what was found. */
export function verificationLines(
  check: BundleCheck & { verifiedAt: Date },
  deploymentKeyId: string,
): [string, string][] {
  const fault = check.fault;
  return [
    [
      '核验结论',
      check.ok ? '完好：签名、哈希链与封存点均核对无误，未发现改动' : `不可信：${fault?.message ?? ''}`,
    ],
    ...(fault ? ([['问题类型', fault.kind]] as [string, string][]) : []),
    ['文件指纹（SHA-256）', check.fingerprint],
    ['文件大小', `${check.size.toLocaleString('en-US')} 字节`],
    [
      '所涉事件',
      `${check.incidentTitle ?? (check.incidentId ? '（涉密事件或标题不可读，不显示标题）' : '—')}\n${check.incidentId ?? ''}`,
    ],
    ['导出时间', check.exportedAt ? whenText(check.exportedAt) : '—'],
    ['核验所用公钥', `本部署公布的审计公钥 ${deploymentKeyId}（不信任文件自带的公钥）`],
    [
      '见证记录',
      check.witnessHeads
        ? `已对照本部署见证文件中的 ${check.witnessHeads} 个封存点`
        : '本部署见证文件不可读或为空：仅按公钥核验',
    ],
    [
      '核验范围',
      `${check.eventsChecked} 条事件、${check.streamsChecked} 条流、${check.checkpointsChecked} 个封存点` +
        (check.unsealedEvents ? `；${check.unsealedEvents} 条事件尚未封存，仅受哈希链保护` : '') +
        (check.unsignedCheckpoints ? `；${check.unsignedCheckpoints} 个封存点早于签名启用` : ''),
    ],
    ['核验时间', whenText(check.verifiedAt)],
  ];
}

/**
 * 审计包核验报告 (issue 20 §8): one page an inspector can file — the verdict, the fingerprint of exactly the file
 * that was checked, the key it was checked against, and who checked it when. Rendered to PDF by the same
 * LibreOffice path as the official documents; it is a record of a check, not a 公文, so it has no 发文字号.
 */
export async function bundleVerificationReport(
  check: BundleCheck & { verifiedAt: Date },
  deploymentKeyId: string,
  verifier: Verifier,
): Promise<Buffer> {
  const lines = verificationLines(check, deploymentKeyId);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const doc = new Document({
    creator: 'yuqing-platform',
    title: '审计包核验报告',
    sections: [
      {
        properties: {
          page: {
            margin: {
              top: twipsOfMm(37),
              bottom: twipsOfMm(35),
              left: twipsOfMm(28),
              right: twipsOfMm(26),
            },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 360 },
            children: [run('审计包核验报告', { font: FONTS.title.name, size: PT.二号 })],
          }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            borders: {
              top: border,
              bottom: border,
              left: border,
              right: border,
              insideHorizontal: border,
              insideVertical: border,
            },
            rows: lines.map(
              ([k, v], i) =>
                new TableRow({
                  children: [
                    cell(k, { bold: true, width: 26 }),
                    cell(v, {
                      width: 74,
                      bold: i === 0,
                      color: i === 0 ? (check.ok ? '006400' : 'C00000') : undefined,
                    }),
                  ],
                }),
            ),
          }),
          new Paragraph({
            spacing: { before: 360 },
            children: [
              run(
                '本报告由平台按离线核验工具（npm run audit:verify）的同一规则生成。如需独立复核，可对指纹相同的同一文件，' +
                  '使用本部署公布的审计公钥离线核验。',
                { size: 12 },
              ),
            ],
          }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { before: 480 },
            children: [run(`核验人：${verifier.unitName} ${verifier.name}`)],
          }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [run(documentDate(beijingDay(check.verifiedAt)))],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
