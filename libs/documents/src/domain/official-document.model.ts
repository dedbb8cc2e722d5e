/**
 * What an official document says, before layout: the elements of GB/T 9704-2012 §7 by name. Plain JSON, so that
 * the model an issued document was rendered from is kept in its event and the same bytes can be made again.
 */
export interface OfficialDocumentModel {
  /** FILE: 文件格式 (red 发文机关标志 and red line); LETTER: 信函格式 (red name and double red lines, §10.1). */
  format: 'FILE' | 'LETTER';
  /** 份号: printed only on classified documents. */
  copyNumber?: string | null;
  /** 密级和保密期限, e.g. 秘密★1年, or 内部 for an internal document; absent on an open one. */
  classificationMark?: string | null;
  /** 紧急程度: 特急 or 加急. */
  urgency?: string | null;
  /** 发文机关标志: the issuing unit's name; FILE format appends 文件 (e.g. 清水县网络舆情应急监控中心文件). */
  issuerMark: string;
  /** 发文字号, e.g. 清水网信〔2026〕3号; absent on a draft. */
  documentNumber?: string | null;
  /** 签发人: on documents sent up (上行文). */
  signers?: string[];
  title: string;
  /** 主送机关, without the closing colon. */
  addressees?: string | null;
  body: BodyBlock[];
  /** 附件说明: the attachments' names, in order. */
  attachments?: string[];
  /** 发文机关署名. */
  signature: string;
  /** 成文日期 as a Beijing day, YYYY-MM-DD. */
  date: string;
  /** 附注, e.g. （此件不公开）. */
  note?: string | null;
  /** 版记: 抄送机关. */
  copyTo?: string[];
  /** 版记: 印发机关和印发日期 (YYYY-MM-DD). Absent on letters (§10.1 has no 印发 line). */
  printing?: { by: string; on: string } | null;
  /** Printed on the last page so that a copy can be checked against the record. */
  verificationCode?: string | null;
  /** The link the last page's QR code opens: the record's check (公文核验) for the verification code. */
  verificationUrl?: string | null;
  /** Core properties: the moment stamped as created and modified (ISO), fixed so that the bytes are too. */
  issuedAt: string;
}

/**
 * One block of the body: a paragraph, or a heading of the four levels (§7.3.3): 一、 黑体; （一） 楷体; 1. 仿宋 bold;
 * （1） 仿宋. A table is a few rows of cells, first row the header.
 */
export type BodyBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'table'; rows: string[][] };
