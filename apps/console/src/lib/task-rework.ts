/**
 * Why a task was last sent back for rework (退回重办): the reviewer's reason, from the task's history (the
 * TaskSentBack entry's detail is the event's data, as JSON). Null when it never was, or the entry cannot be read.
 */
export function sentBackReason(history: readonly { type: string; detail: string }[]): string | null {
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i].type !== 'TaskSentBack') continue;
    try {
      const reason = (JSON.parse(history[i].detail) as { reason?: unknown }).reason;
      return typeof reason === 'string' && reason.trim() ? reason : null;
    } catch {
      return null;
    }
  }
  return null;
}
