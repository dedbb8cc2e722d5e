/**
 * What record a file is attached to. A task has two places for files: its progress reports (进展) and its
 * hand-in (交单, the written feedback's evidence).
 */
export const AttachmentRecordKind = {
  INCIDENT: 'INCIDENT',
  TASK_PROGRESS: 'TASK_PROGRESS',
  TASK_HAND_IN: 'TASK_HAND_IN',
  LETTER: 'LETTER',
  STATEMENT: 'STATEMENT',
  /** 联席会议: one recorded joint conference of an incident (its id is the conference's). */
  CONFERENCE: 'CONFERENCE',
} as const;
export type AttachmentRecordKind = (typeof AttachmentRecordKind)[keyof typeof AttachmentRecordKind];

/** What the file is, as the person attaching it says (issue 22). */
export const AttachmentPurpose = {
  /** 原帖截图 */
  POST_SCREENSHOT: 'POST_SCREENSHOT',
  /** 网页存档 */
  WEB_ARCHIVE: 'WEB_ARCHIVE',
  /** 视频 */
  VIDEO: 'VIDEO',
  /** 音频 */
  AUDIO: 'AUDIO',
  /** 现场照片 */
  PHOTO: 'PHOTO',
  /** 扫描件（盖章的书面反馈等） */
  SCAN: 'SCAN',
  /** 其他文件 */
  DOCUMENT: 'DOCUMENT',
} as const;
export type AttachmentPurpose = (typeof AttachmentPurpose)[keyof typeof AttachmentPurpose];

/** The four families whose size limits are configured, told from the detected media type. */
export type MediaFamily = 'image' | 'document' | 'audio' | 'video';

/** Media types accepted, by what their bytes show (file-type); anything else is refused. */
const FAMILY_OF: Record<string, MediaFamily> = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'image/gif': 'image',
  'image/heic': 'image',
  'image/heif': 'image',
  'application/pdf': 'document',
  'application/zip': 'document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'document',
  'audio/mpeg': 'audio',
  'audio/mp4': 'audio',
  'audio/x-m4a': 'audio',
  'audio/aac': 'audio',
  'audio/wav': 'audio',
  'audio/ogg': 'audio',
  'audio/amr': 'audio',
  'video/mp4': 'video',
  'video/quicktime': 'video',
  'video/webm': 'video',
  'video/x-matroska': 'video',
};

export const familyOf = (mediaType: string): MediaFamily | null => FAMILY_OF[mediaType] ?? null;

/** Which families each purpose takes: a screenshot is an image, a 网页存档 a PDF or an image of the page … */
export const PURPOSE_FAMILIES: Record<AttachmentPurpose, readonly MediaFamily[]> = {
  POST_SCREENSHOT: ['image'],
  WEB_ARCHIVE: ['document', 'image'],
  VIDEO: ['video'],
  AUDIO: ['audio'],
  PHOTO: ['image'],
  SCAN: ['image', 'document'],
  DOCUMENT: ['document', 'image'],
};

/** Which purposes each record takes: evidence on an incident, photos and scans on a task's work. */
export const RECORD_PURPOSES: Record<AttachmentRecordKind, readonly AttachmentPurpose[]> = {
  INCIDENT: ['POST_SCREENSHOT', 'WEB_ARCHIVE', 'VIDEO', 'AUDIO', 'PHOTO', 'DOCUMENT'],
  TASK_PROGRESS: ['PHOTO', 'VIDEO', 'AUDIO', 'SCAN', 'DOCUMENT'],
  TASK_HAND_IN: ['PHOTO', 'VIDEO', 'AUDIO', 'SCAN', 'DOCUMENT'],
  LETTER: ['SCAN', 'DOCUMENT', 'PHOTO'],
  STATEMENT: ['SCAN', 'DOCUMENT', 'PHOTO', 'VIDEO', 'AUDIO'],
  CONFERENCE: ['SCAN', 'DOCUMENT', 'PHOTO', 'AUDIO', 'VIDEO'],
};

export const RECORD_KIND_LABELS: Record<AttachmentRecordKind, { zh: string; en: string }> = {
  INCIDENT: { zh: '舆情事件（证据）', en: 'Incident (evidence)' },
  TASK_PROGRESS: { zh: '工单进展', en: "Task's progress report" },
  TASK_HAND_IN: { zh: '交单（书面反馈）', en: "Task's hand-in" },
  LETTER: { zh: '提示函', en: 'Risk letter' },
  STATEMENT: { zh: '口径/通稿', en: 'Statement' },
  CONFERENCE: { zh: '联席会议', en: 'Joint conference' },
};

export const PURPOSE_LABELS: Record<AttachmentPurpose, { zh: string; en: string }> = {
  POST_SCREENSHOT: { zh: '原帖截图', en: 'Screenshot of the post' },
  WEB_ARCHIVE: { zh: '网页存档', en: 'Web page archive' },
  VIDEO: { zh: '视频', en: 'Video' },
  AUDIO: { zh: '音频', en: 'Audio' },
  PHOTO: { zh: '现场照片', en: 'Photo' },
  SCAN: { zh: '扫描件', en: 'Scan' },
  DOCUMENT: { zh: '其他文件', en: 'Other file' },
};
