import { Alert, Grid, Steps } from 'antd';
import { graphql } from '../../gql';
import type { IncidentStepsFieldsFragment } from '../../gql/graphql';
import { incidentSteps, stepHint } from '../../lib/incident-steps';
import { fmt } from '../../lib/time';

graphql(`
  fragment IncidentStepsFields on Incident {
    id
    reportedAt
    assessment {
      assessedAt
    }
    warnings {
      at
    }
    letters {
      sentAt
    }
    listedAt
    tasks {
      id
      status
    }
    calmedAt
    closedAt
    review {
      at
    }
    allowedActions
    unavailableActions {
      action
      reason
    }
  }
`);

const STATUS = { done: 'finish', next: 'process', skipped: 'wait', waiting: 'wait' } as const;

/**
 * The loop at a glance (issue 20 §5): 登记 → 研判 → 预警 → 一函 → 列单/派单 → 审核 → 平息 → 办结 → 复盘, the next step
 * highlighted and, under the bar, whether the caller can take it now or what holds it back (the API's reason).
 */
export function IncidentSteps({ incident }: { incident: IncidentStepsFieldsFragment }) {
  const screens = Grid.useBreakpoint();
  const steps = incidentSteps(incident);
  const current = steps.findIndex((s) => s.state === 'next');
  const next = current >= 0 ? steps[current] : null;
  const hint = next ? stepHint(next, incident) : null;
  return (
    <div className="incident-steps" data-testid="incident-steps">
      <Steps
        size="small"
        type={screens.md ? 'default' : 'inline'}
        // Titles under the icons: each step keeps the width for its time (2026-12-07 21:34).
        labelPlacement="vertical"
        current={current >= 0 ? current : steps.length}
        items={steps.map((s) => ({
          title: s.title,
          status: STATUS[s.state],
          description: s.state === 'done' ? (s.at ? fmt(s.at) : (s.note ?? '已完成')) : (s.note ?? undefined),
          className: `step-${s.state}`,
        }))}
      />
      {next && hint && (
        <Alert
          showIcon
          type={hint.open ? 'info' : 'warning'}
          style={{ marginTop: 8 }}
          data-testid="next-step"
          message={
            hint.open ? `下一步：${next.title}` : `下一步：${next.title}（暂不可执行：${hint.reason}）`
          }
        />
      )}
    </div>
  );
}
