import { AppError, ErrorCode, LocalizedMessage } from '@app/kernel';

/** Every refusal of the documents library, by reason; mapped to its code and message in one place. */
export const DocumentError = {
  NOT_FOUND: 'DOCUMENT.NOT_FOUND',
  ALREADY_ISSUED: 'DOCUMENT.ALREADY_ISSUED',
  NO_DOCUMENT_CODE: 'DOCUMENT.NO_DOCUMENT_CODE',
  CLASSIFICATION_TOO_LOW: 'DOCUMENT.CLASSIFICATION_TOO_LOW',
  RECORD_NOT_READY: 'DOCUMENT.RECORD_NOT_READY',
  NOT_ISSUING_UNIT: 'DOCUMENT.NOT_ISSUING_UNIT',
  BYTES_DIFFER: 'DOCUMENT.BYTES_DIFFER',
  PDF_UNAVAILABLE: 'DOCUMENT.PDF_UNAVAILABLE',
  /** 考核通报 of a period not yet over (papers3) */
  PERIOD_NOT_CLOSED: 'DOCUMENT.PERIOD_NOT_CLOSED',
  /** 审计包核验: no file, or one past the limit */
  BUNDLE_EMPTY: 'DOCUMENT.BUNDLE_EMPTY',
  BUNDLE_TOO_LARGE: 'DOCUMENT.BUNDLE_TOO_LARGE',
} as const;
export type DocumentError = (typeof DocumentError)[keyof typeof DocumentError];

function describe(reason: DocumentError, what: string): { code: ErrorCode; message: LocalizedMessage } {
  switch (reason) {
    case DocumentError.NOT_FOUND:
      return {
        code: ErrorCode.NOT_FOUND,
        message: {
          zh: `公文不存在或无权查看（${what}）`,
          en: `Document not found or not visible to you (${what})`,
        },
      };
    case DocumentError.ALREADY_ISSUED:
      return {
        code: ErrorCode.INVALID_TRANSITION,
        message: {
          zh: `该记录的此类公文已印发（${what}），不能重复发文；如需更正请另行发文`,
          en: `This document was already issued (${what}); issue a new one to correct it`,
        },
      };
    case DocumentError.NO_DOCUMENT_CODE:
      return {
        code: ErrorCode.INVALID_TRANSITION,
        message: {
          zh: `本单位尚未设置机关代字，不能编发文字号：请单位管理员在「组织与人员」中设置（${what}）`,
          en: `Your unit has no document code yet: its administrator sets it under Organization (${what})`,
        },
      };
    case DocumentError.CLASSIFICATION_TOO_LOW:
      return {
        code: ErrorCode.VALIDATION_FAILED,
        message: {
          zh: `密级不能低于所依据记录的密级（${what}）`,
          en: `The classification may not be lower than the record's (${what})`,
        },
      };
    case DocumentError.RECORD_NOT_READY:
      return {
        code: ErrorCode.INVALID_TRANSITION,
        message: { zh: `该记录尚不能发文：${what}`, en: `The record cannot be issued yet: ${what}` },
      };
    case DocumentError.NOT_ISSUING_UNIT:
      return {
        code: ErrorCode.FORBIDDEN,
        message: {
          zh: `此类公文由${what}发文，您的单位不能发`,
          en: `This document is issued by ${what}, not by your unit`,
        },
      };
    case DocumentError.BYTES_DIFFER:
      return {
        code: ErrorCode.INTERNAL,
        message: {
          zh: `重新生成的文件与发文记录的 SHA-256 不一致，已停止下载，请联系审计人员（${what}）`,
          en: `The regenerated file does not match the recorded SHA-256; not served (${what})`,
        },
      };
    case DocumentError.PDF_UNAVAILABLE:
      return {
        code: ErrorCode.SERVICE_UNAVAILABLE,
        message: {
          zh: `本服务器未安装 PDF 转换组件（LibreOffice），请下载 Word 版（${what}）`,
          en: `PDF conversion (LibreOffice) is not installed on this server; download the Word file (${what})`,
        },
      };
    case DocumentError.PERIOD_NOT_CLOSED:
      return {
        code: ErrorCode.INVALID_TRANSITION,
        message: {
          zh: `考核期尚未结束（${what}），期末次日起方可印发考核通报；期间情况请在「统计与考核」中查看`,
          en: `The period is not over yet (${what}); the assessment notice is issued from the day after it ends`,
        },
      };
    case DocumentError.BUNDLE_EMPTY:
      return {
        code: ErrorCode.VALIDATION_FAILED,
        message: {
          zh: '未收到文件：请选择“导出签名包”保存的 .bundle.json 文件（以 application/octet-stream 上传）',
          en: 'No file was received: choose the .bundle.json saved by the bundle export',
        },
      };
    case DocumentError.BUNDLE_TOO_LARGE:
      return {
        code: ErrorCode.VALIDATION_FAILED,
        message: {
          zh: `文件超过 ${what}，不能在线核验：请用离线工具 npm run audit:verify 核验`,
          en: `The file is over ${what}; verify it offline with npm run audit:verify`,
        },
      };
  }
}

export function documentError(
  reason: DocumentError,
  what: string,
  details: Record<string, unknown> = {},
): AppError {
  const { code, message } = describe(reason, what);
  return new AppError(code, reason, message, details);
}
