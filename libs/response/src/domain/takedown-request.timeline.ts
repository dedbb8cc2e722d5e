import { LocalizedMessage, RecordedEvent } from '@app/kernel';
import { TAKEDOWN_ANSWER_LABELS, TakedownEvent, TakedownEventType } from './takedown-request.events';

/** 函告网站 on the incident's timeline: to which platform, how many items; then what it answered. */
export function describeTakedownEvent(event: RecordedEvent): LocalizedMessage | null {
  const e = { type: event.type, data: event.data } as unknown as TakedownEvent;
  switch (e.type) {
    case TakedownEventType.Sent:
      return {
        zh: `函告网站「${e.data.platform}」（${e.data.itemUrls.length} 条链接）`,
        en: `asked ${e.data.platform} to take down ${e.data.itemUrls.length} item(s)`,
      };
    case TakedownEventType.Answered: {
      const label = TAKEDOWN_ANSWER_LABELS[e.data.answer];
      return {
        zh: `登记平台答复：${label.zh}`,
        en: `recorded the platform's answer: ${label.en.toLowerCase()}`,
      };
    }
  }
}
