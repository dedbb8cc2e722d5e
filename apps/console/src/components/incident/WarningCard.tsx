import { Card, DatePicker, Form, Input, Radio } from 'antd';
import { settled, type CardDialogs } from './shared';
import { FormModal } from '../FormModal';
import { ReasonDialog } from '../ReasonDialog';
import { RecordDocuments } from '../RecordDocuments';
import { graphql } from '../../gql';
import type { Grade, IncidentWarningFieldsFragment } from '../../gql/graphql';
import { GRADE_COLOR, label, options } from '../../lib/labels';
import { useSubmit } from '../../lib/submit';
import { dayjs, fmt } from '../../lib/time';

graphql(`
  fragment IncidentWarningFields on Incident {
    id
    version
    title
    grade
    warning {
      level
      active
      object
      scope
      matters
      measures
      startAt
      at
      reason
    }
  }
`);

const WARN = graphql(`
  mutation ConsoleWarn($input: IssueWarningInput!) {
    issueWarning(input: $input) {
      id
      version
      status
    }
  }
`);
const ADJUST = graphql(`
  mutation ConsoleAdjustWarning($input: AdjustWarningInput!) {
    adjustWarning(input: $input) {
      id
      version
    }
  }
`);
const LIFT = graphql(`
  mutation ConsoleLiftWarning($input: LiftWarningInput!) {
    liftWarning(input: $input) {
      id
      version
    }
  }
`);

interface WarningForm {
  level: Grade;
  object: string;
  startAt: dayjs.Dayjs;
  scope: string;
  matters: string;
  measures: string;
  reason?: string;
}

/** 预警: the warning in force or lifted; issuing, adjusting and lifting it. */
export function WarningCard({
  incident: inc,
  dialog,
  onClose,
  onChanged,
}: { incident: IncidentWarningFieldsFragment } & CardDialogs) {
  const warn = useSubmit(WARN);
  const adjust = useSubmit(ADJUST);
  const lift = useSubmit(LIFT);
  const done = settled(onChanged);
  const v = { incidentId: inc.id, expectedVersion: inc.version };
  const w = inc.warning;
  return (
    <>
      {w && (
        <Card
          size="small"
          title="预警"
          style={{ marginTop: 16 }}
          className="warning-card"
          extra={<span className="muted">{fmt(w.at)}</span>}
        >
          <div
            className="warning-banner"
            style={{ borderLeftColor: GRADE_COLOR[w.level], opacity: w.active ? 1 : 0.6 }}
          >
            <b>{label('Grade', w.level)}</b>
            {w.active ? ' · 生效中' : ` · 已解除（${w.reason ?? ''}）`}
            <div>
              对象：{w.object}；范围：{w.scope}；事项：{w.matters}；措施：
              {w.measures}
            </div>
          </div>
          {w.active && <RecordDocuments kind="WARNING_NOTICE" recordId={inc.id} />}
        </Card>
      )}

      <FormModal<WarningForm>
        open={dialog === 'warn' || dialog === 'adjust'}
        title={dialog === 'adjust' ? '调整预警' : '发布预警'}
        onClose={onClose}
        loading={warn.loading || adjust.loading}
        testId="warn-form"
        initialValues={
          w && dialog === 'adjust'
            ? { ...w, reason: undefined, startAt: dayjs(w.startAt) }
            : { level: inc.grade ?? 'IV', startAt: dayjs(), object: inc.title }
        }
        onSubmit={async (f) => {
          const input = {
            ...v,
            level: f.level,
            object: f.object,
            startAt: f.startAt.toISOString(),
            scope: f.scope,
            matters: f.matters,
            measures: f.measures,
          };
          return done(
            dialog === 'adjust'
              ? await adjust.run({ input: { ...input, reason: f.reason ?? '' } }, '预警已调整')
              : await warn.run({ input }, '预警已发布'),
          );
        }}
      >
        <Form.Item name="level" label="预警级别" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={options('Grade', (l) => l.replace(/（.*）/, ''))}
          />
        </Form.Item>
        <Form.Item name="object" label="舆情对象" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="startAt" label="起始时间" rules={[{ required: true }]}>
          <DatePicker showTime format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="scope" label="可能影响范围" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="matters" label="预警事项" rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="measures" label="应采取的措施" rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        {dialog === 'adjust' && (
          <Form.Item name="reason" label="调整理由" rules={[{ required: true, whitespace: true }]}>
            <Input />
          </Form.Item>
        )}
      </FormModal>

      <ReasonDialog
        open={dialog === 'lift'}
        title="解除预警"
        label="解除理由（已解决或已平息）"
        onClose={onClose}
        loading={lift.loading}
        onSubmit={async (reason) => done(await lift.run({ input: { ...v, reason } }, '预警已解除'))}
      />
    </>
  );
}
