import { AppError, ErrorCode, NotFound } from '@app/kernel';

/** Sub-codes of the intake module (`extensions.reason`; the push endpoint's `reason`). */
export const IntakeErrorReason = {
  SOURCE_NOT_FOUND: 'INTAKE.SOURCE_NOT_FOUND',
  ITEM_NOT_FOUND: 'INTAKE.ITEM_NOT_FOUND',
  ALREADY_DECIDED: 'INTAKE.ALREADY_DECIDED',
  KEY_INVALID: 'INTAKE.KEY_INVALID',
  MANUAL_SOURCE_HAS_NO_KEY: 'INTAKE.MANUAL_SOURCE_HAS_NO_KEY',
  INCIDENT_OF_ANOTHER_COUNTY: 'INTAKE.INCIDENT_OF_ANOTHER_COUNTY',
  MAPPING_REQUIRED: 'INTAKE.MAPPING_REQUIRED',
  FILE_UNREADABLE: 'INTAKE.FILE_UNREADABLE',
  WATCH_ENTRY_NOT_FOUND: 'INTAKE.WATCH_ENTRY_NOT_FOUND',
  WATCH_ENTRY_DUPLICATE: 'INTAKE.WATCH_ENTRY_DUPLICATE',
  WATCH_ENTRY_RETIRED: 'INTAKE.WATCH_ENTRY_RETIRED',
  NO_REPLY_DEADLINE: 'INTAKE.NO_REPLY_DEADLINE',
  ALREADY_REPLIED: 'INTAKE.ALREADY_REPLIED',
} as const;
export type IntakeErrorReason = (typeof IntakeErrorReason)[keyof typeof IntakeErrorReason];

export const sourceNotFound = (sourceId: string) =>
  new NotFound(IntakeErrorReason.SOURCE_NOT_FOUND, { zh: '线索来源', en: 'Intake source' }, sourceId);

export const itemNotFound = (itemId: string) =>
  new NotFound(IntakeErrorReason.ITEM_NOT_FOUND, { zh: '舆情线索', en: 'Intake item' }, itemId);

/** An item is decided once (登记、并入或归档); what was decided stays as the event says. */
export const alreadyDecided = (itemId: string, status: string) =>
  new AppError(
    ErrorCode.INVALID_TRANSITION,
    IntakeErrorReason.ALREADY_DECIDED,
    { zh: '该线索已研判处理，不能重复处理', en: 'This item has already been decided' },
    { itemId, status },
  );

/** A push without a key, or with one that names no source (or a rotated-out key). */
export const keyInvalid = () =>
  new AppError(ErrorCode.UNAUTHENTICATED, IntakeErrorReason.KEY_INVALID, {
    zh: '接入密钥无效或已更换，请向县网信办管理员索取新密钥',
    en: 'The API key is not valid (or was rotated); ask the county administrator for the new one',
  });

export const manualSourceHasNoKey = (sourceId: string) =>
  new AppError(
    ErrorCode.INVALID_TRANSITION,
    IntakeErrorReason.MANUAL_SOURCE_HAS_NO_KEY,
    { zh: '人工录入的来源不通过接口推送，无需密钥', en: 'A manual source does not push: it has no key' },
    { sourceId },
  );

/** An import needs the source's saved column mapping first (the administrator sets it). */
export const mappingRequired = (sourceId: string) =>
  new AppError(
    ErrorCode.INVALID_TRANSITION,
    IntakeErrorReason.MAPPING_REQUIRED,
    { zh: '该来源尚未设置导入列对应关系，请先由管理员设置', en: 'This source has no column mapping yet' },
    { sourceId },
  );

export const fileUnreadable = () =>
  new AppError(ErrorCode.VALIDATION_FAILED, IntakeErrorReason.FILE_UNREADABLE, {
    zh: '无法读取文件：请上传 Excel（.xlsx）或 CSV（UTF-8）文件',
    en: 'The file cannot be read: upload an .xlsx or a UTF-8 CSV',
  });

export const watchEntryNotFound = (entryId: string) =>
  new NotFound(
    IntakeErrorReason.WATCH_ENTRY_NOT_FOUND,
    { zh: '关注清单条目', en: 'Watch-list entry' },
    entryId,
  );

/** The same kind and name is already on the county's list (in force): one entry says it once. */
export const watchEntryDuplicate = (name: string) =>
  new AppError(
    ErrorCode.VALIDATION_FAILED,
    IntakeErrorReason.WATCH_ENTRY_DUPLICATE,
    {
      zh: `关注清单中已有同类条目「${name}」，请修改原条目`,
      en: `The list already has an entry of this kind named "${name}": change that one`,
    },
    { name },
  );

/** A retired entry stays as it was (items it matched keep their record); a new entry is added instead. */
export const watchEntryRetired = (entryId: string) =>
  new AppError(
    ErrorCode.INVALID_TRANSITION,
    IntakeErrorReason.WATCH_ENTRY_RETIRED,
    { zh: '该关注条目已停用，不能再修改或停用', en: 'This entry has been retired' },
    { entryId },
  );

/** Only a 留言板 or 信箱 message that came with its reply deadline is marked replied. */
export const noReplyDeadline = (itemId: string) =>
  new AppError(
    ErrorCode.INVALID_TRANSITION,
    IntakeErrorReason.NO_REPLY_DEADLINE,
    {
      zh: '该线索不是有回复时限的留言，无需标记回复',
      en: 'This item is not a message with a reply deadline',
    },
    { itemId },
  );

export const alreadyReplied = (itemId: string, repliedAt: string) =>
  new AppError(
    ErrorCode.INVALID_TRANSITION,
    IntakeErrorReason.ALREADY_REPLIED,
    { zh: '该留言已标记回复', en: 'This message was marked replied already' },
    { itemId, repliedAt },
  );
