import { AppError, ErrorCode, LocalizedMessage } from '@app/kernel';

/** Every refusal of the evidence library, by reason; mapped to its code and message in one place. */
export const EvidenceError = {
  SIGN_IN_REQUIRED: 'EVIDENCE.SIGN_IN_REQUIRED',
  NOT_FOUND: 'EVIDENCE.NOT_FOUND',
  UPLOAD_NOT_FOUND: 'EVIDENCE.UPLOAD_NOT_FOUND',
  EMPTY_FILE: 'EVIDENCE.EMPTY_FILE',
  TRUNCATED: 'EVIDENCE.TRUNCATED',
  TOO_LARGE: 'EVIDENCE.TOO_LARGE',
  TYPE_NOT_ACCEPTED: 'EVIDENCE.TYPE_NOT_ACCEPTED',
  PURPOSE_NOT_FOR_RECORD: 'EVIDENCE.PURPOSE_NOT_FOR_RECORD',
  TYPE_NOT_FOR_PURPOSE: 'EVIDENCE.TYPE_NOT_FOR_PURPOSE',
  ALREADY_ATTACHED: 'EVIDENCE.ALREADY_ATTACHED',
  LINK_INVALID: 'EVIDENCE.LINK_INVALID',
  FILE_UNAVAILABLE: 'EVIDENCE.FILE_UNAVAILABLE',
  FILE_ALTERED: 'EVIDENCE.FILE_ALTERED',
  POST_NOT_FOUND: 'EVIDENCE.POST_NOT_FOUND',
  POST_ALREADY_CAPTURED: 'EVIDENCE.POST_ALREADY_CAPTURED',
  SCREENSHOT_NOT_OF_INCIDENT: 'EVIDENCE.SCREENSHOT_NOT_OF_INCIDENT',
} as const;
export type EvidenceError = (typeof EvidenceError)[keyof typeof EvidenceError];

function describe(reason: EvidenceError, what: string): { code: ErrorCode; message: LocalizedMessage } {
  switch (reason) {
    case EvidenceError.SIGN_IN_REQUIRED:
      return { code: ErrorCode.UNAUTHENTICATED, message: { zh: '请先登录', en: 'Sign in first' } };
    case EvidenceError.NOT_FOUND:
      return {
        code: ErrorCode.NOT_FOUND,
        message: {
          zh: `附件不存在或无权查看（${what}）`,
          en: `Attachment not found or not visible to you (${what})`,
        },
      };
    case EvidenceError.UPLOAD_NOT_FOUND:
      return {
        code: ErrorCode.NOT_FOUND,
        message: {
          zh: `上传的文件不存在、已被清理或不是您上传的，请重新上传（${what}）`,
          en: `The upload does not exist, was collected, or is not yours; upload again (${what})`,
        },
      };
    case EvidenceError.EMPTY_FILE:
      return {
        code: ErrorCode.VALIDATION_FAILED,
        message: { zh: '文件为空，未保存，请重新选择文件', en: 'The file is empty; nothing was stored' },
      };
    case EvidenceError.TRUNCATED:
      return {
        code: ErrorCode.VALIDATION_FAILED,
        message: {
          zh: `文件未传完整（${what}），未保存，请重新上传`,
          en: `The upload was incomplete (${what}); nothing was stored, upload again`,
        },
      };
    case EvidenceError.TOO_LARGE:
      return {
        code: ErrorCode.VALIDATION_FAILED,
        message: {
          zh: `文件超过大小上限（${what}），未保存`,
          en: `The file exceeds the size limit (${what}); not stored`,
        },
      };
    case EvidenceError.TYPE_NOT_ACCEPTED:
      return {
        code: ErrorCode.VALIDATION_FAILED,
        message: {
          zh: `按文件内容识别的类型不受支持（${what}），只接受图片、PDF、音频、视频和 Office 文件`,
          en: `The file's content is of a type not accepted (${what}): images, PDF, audio, video and Office files only`,
        },
      };
    case EvidenceError.PURPOSE_NOT_FOR_RECORD:
      return {
        code: ErrorCode.VALIDATION_FAILED,
        message: {
          zh: `此类记录不能附加该类材料（${what}）`,
          en: `This record does not take that kind of file (${what})`,
        },
      };
    case EvidenceError.TYPE_NOT_FOR_PURPOSE:
      return {
        code: ErrorCode.VALIDATION_FAILED,
        message: {
          zh: `文件类型与所选材料类别不符（${what}）`,
          en: `The file's type does not match the kind of material chosen (${what})`,
        },
      };
    case EvidenceError.ALREADY_ATTACHED:
      return {
        code: ErrorCode.INVALID_TRANSITION,
        message: {
          zh: `该文件已附加，不能重复附加（${what}）`,
          en: `This upload is already attached (${what})`,
        },
      };
    case EvidenceError.LINK_INVALID:
      return {
        code: ErrorCode.FORBIDDEN,
        message: {
          zh: '下载链接无效或已过期，请回到记录页面重新下载',
          en: 'The download link is invalid or has expired; download again from the record',
        },
      };
    case EvidenceError.FILE_UNAVAILABLE:
      return {
        code: ErrorCode.INTERNAL,
        message: {
          zh: `存储中的文件缺失或与登记的 SHA-256 不一致，已停止下载，请联系审计人员（${what}）`,
          en: `The stored file is missing or does not match its recorded SHA-256; not served (${what})`,
        },
      };
    case EvidenceError.FILE_ALTERED:
      return {
        code: ErrorCode.INTERNAL,
        message: {
          zh: `存储中的文件已被改动（与登记的 SHA-256 不一致），拒绝下载，已报告审计，请联系审计人员（${what}）`,
          en: `The stored file was altered (it no longer matches its recorded SHA-256); not served, reported (${what})`,
        },
      };
    case EvidenceError.POST_NOT_FOUND:
      return {
        code: ErrorCode.NOT_FOUND,
        message: {
          zh: `留存的帖文不存在或无权查看（${what}）`,
          en: `Captured post not found or not visible (${what})`,
        },
      };
    case EvidenceError.POST_ALREADY_CAPTURED:
      return {
        code: ErrorCode.INVALID_TRANSITION,
        message: { zh: `该帖文已留存（${what}）`, en: `This post was already captured (${what})` },
      };
    case EvidenceError.SCREENSHOT_NOT_OF_INCIDENT:
      return {
        code: ErrorCode.VALIDATION_FAILED,
        message: {
          zh: `截图须是本事件已附加的「原帖截图」（${what}）`,
          en: `The screenshot must be a post screenshot attached to this incident (${what})`,
        },
      };
  }
}

export function evidenceError(
  reason: EvidenceError,
  what = '',
  details: Record<string, unknown> = {},
): AppError {
  const { code, message } = describe(reason, what);
  return new AppError(code, reason, message, details);
}
