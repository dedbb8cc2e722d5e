import {
  INBOX_AUDIENCE_LABELS,
  INBOX_CHANGE_LABELS,
  INBOX_REF_LABELS,
  InboxAudience,
  InboxChangeKind,
  InboxRef,
} from '@app/inbox/domain';

/** What a delivery knows of its arrival: for a confidential incident, the reference only (title and note are null). */
export interface DeliveryFacts {
  deliveryId: string;
  unitId: string;
  kind: InboxChangeKind;
  refType: InboxRef;
  refId: string;
  incidentId: string | null;
  fromUnitId: string;
  audience: InboxAudience;
  confidential: boolean;
  title: string | null;
  noteZh: string | null;
  noteEn: string | null;
  arrivedAt: Date;
}

export interface OutgoingMessage {
  subject: string;
  text: string;
  /** The webhook's JSON body (e.g. for an SMS gateway: `sms` is the short text). */
  payload: Record<string, unknown>;
}

const PREFIX = '【舆情应急】';

/** A link-like reference to the item in the platform: `<base>/#/<ref>/<id>`, or a `yuqing:` reference without a base. */
export function referenceOf(refType: InboxRef, refId: string, linkBase: string | null): string {
  const path = `${refType.toLowerCase()}/${encodeURIComponent(refId)}`;
  return linkBase ? `${linkBase.replace(/\/+$/, '')}/#/${path}` : `yuqing:${path}`;
}

/**
 * The words of a notification on an external channel, in Chinese with English. 涉密 (002): for a confidential
 * incident only the kind, the ids and a reference leave the platform — never the title, the note or any other
 * content, whatever the facts passed in hold.
 */
export function composeMessage(f: DeliveryFacts, linkBase: string | null): OutgoingMessage {
  const label = INBOX_CHANGE_LABELS[f.kind] ?? { zh: f.kind, en: f.kind };
  const ref = INBOX_REF_LABELS[f.refType] ?? { zh: f.refType, en: f.refType };
  const audience = INBOX_AUDIENCE_LABELS[f.audience] ?? { zh: f.audience, en: f.audience };
  const link = referenceOf(f.refType, f.refId, linkBase);
  const title = f.confidential ? null : f.title?.trim() || null;
  const note = f.confidential || !f.noteZh ? null : { zh: f.noteZh, en: f.noteEn ?? f.noteZh };
  const subject = f.confidential
    ? `${PREFIX}${label.zh}（涉密事件，请登录平台查看）`
    : title
      ? `${PREFIX}${label.zh}：${title}`
      : `${PREFIX}${label.zh}`;
  const lines = [
    `${label.zh} / ${label.en}`,
    // A platform notice such as 舆情日报 is about no incident: its title is its own.
    ...(title ? [f.incidentId ? `事件 / Incident: ${title}` : `标题 / Title: ${title}`] : []),
    ...(f.confidential
      ? [
          '涉密事件：内容不经外部渠道发送，请登录平台查看 / Confidential incident: no content is sent outside the platform; please sign in to read it.',
        ]
      : []),
    ...(note ? [`附言 / Note: ${note.zh} / ${note.en}`] : []),
    `对象 / Item: ${ref.zh} / ${ref.en} ${f.refId}`,
    ...(f.incidentId ? [`事件编号 / Incident id: ${f.incidentId}`] : []),
    `面向 / For: ${audience.zh} / ${audience.en}`,
    `时间 / At: ${f.arrivedAt.toISOString()}`,
    `查看 / Open: ${link}`,
    '',
    '请登录舆情应急处置平台办理。/ Please sign in to the platform to act on it.',
    `通知编号 / Notification id: ${f.deliveryId}`,
  ];
  const payload: Record<string, unknown> = {
    id: f.deliveryId,
    unitId: f.unitId,
    kind: f.kind,
    kindLabel: label,
    refType: f.refType,
    refId: f.refId,
    incidentId: f.incidentId,
    fromUnitId: f.fromUnitId,
    audience: f.audience,
    confidential: f.confidential,
    at: f.arrivedAt.toISOString(),
    link,
    sms: subject,
    ...(title ? { title } : {}),
    ...(note ? { note } : {}),
  };
  return { subject, text: lines.join('\n'), payload };
}
