import { Alert, Button } from 'antd';
import type { CombinedError } from 'urql';
import { errorText } from '../lib/submit';

/**
 * A list that could not be loaded says so, with 重试 — never an empty state (暂无待办) that reads as "nothing to do"
 * while the API is down (issue 20 §3).
 */
export function LoadError({
  error,
  retry,
  stale,
}: {
  error: CombinedError | undefined;
  retry: () => void;
  /** Shown under the message where older figures stay on screen. */
  stale?: string;
}) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="load-error"
      message={`加载失败：${errorText(error)}`}
      description={stale}
      action={
        <Button size="small" onClick={retry} data-testid="load-retry">
          重试
        </Button>
      }
    />
  );
}
