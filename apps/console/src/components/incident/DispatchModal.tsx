import { Alert, DatePicker, Form, Input, Radio, Switch } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { settled } from './shared';
import { FormModal } from '../FormModal';
import { UnitPicker } from '../UnitPicker';
import { graphql } from '../../gql';
import type {
  DispatchPolicyFieldsFragment,
  IncidentDispatchFieldsFragment,
  TaskRole,
} from '../../gql/graphql';
import { useSubmit } from '../../lib/submit';
import { dayjs, fmt } from '../../lib/time';
import { unitTree, useUnits } from '../../lib/units';

graphql(`
  fragment IncidentDispatchFields on Incident {
    id
    grade
    requirements
    assessment {
      nature
    }
    tasks {
      role
      status
    }
  }
`);
graphql(`
  fragment DispatchPolicyFields on DeadlinePolicy {
    feedbackHours
    defaultHours
    hardCapHours
    sameDayForInquiries
    sameDayLeastMinutes
    onWorkingTime
  }
`);

const DISPATCH = graphql(`
  mutation ConsoleDispatch($input: DispatchTaskInput!) {
    dispatchTask(input: $input) {
      id
      dueAt
    }
  }
`);

interface DispatchForm {
  unitIds: string[];
  role: TaskRole;
  requirements: string;
  custom?: boolean;
  dueAt?: dayjs.Dayjs;
}

/**
 * 派单: a task to each unit picked (townships, departments), 主办 or 协办, due by the county's policy unless a time is
 * set; the requirements start from the ones written at 列单 (issue 20 §5). One command per unit: a unit already
 * dispatched is not sent again when the person retries after one failed.
 */
export function DispatchModal({
  open,
  incident: inc,
  policy,
  onClose,
  onChanged,
}: {
  open: boolean;
  incident: IncidentDispatchFieldsFragment;
  policy: DispatchPolicyFieldsFragment;
  onClose: () => void;
  onChanged: () => void;
}) {
  const units = useUnits();
  const tree = useMemo(() => unitTree(units.list), [units.list]);
  const dispatch = useSubmit(DISPATCH);
  const done = settled(onChanged);
  const sent = useRef(new Set<string>());
  useEffect(() => {
    if (open) sent.current = new Set();
  }, [open]);
  const defaultHours =
    inc.grade && ['I', 'II', 'III'].includes(inc.grade) ? policy.feedbackHours : policy.defaultHours;
  // 003: a grade IV inquiry is answered the same day (with the county's least working time), not by the hours.
  const sameDay =
    policy.sameDayForInquiries &&
    (!inc.grade || inc.grade === 'IV') &&
    inc.assessment?.nature === 'INQUIRY_APPEAL';
  return (
    <FormModal<DispatchForm>
      open={open}
      title="派单"
      onClose={onClose}
      loading={dispatch.loading}
      width={640}
      testId="dispatch-form"
      initialValues={{
        role: inc.tasks.some((t) => t.role === 'LEAD' && t.status !== 'CANCELLED' && t.status !== 'RETURNED')
          ? 'SUPPORT'
          : 'LEAD',
        custom: false,
        requirements: inc.requirements ?? undefined,
      }}
      onSubmit={async (f) => {
        for (const unitId of f.unitIds.filter((u) => !sent.current.has(u))) {
          const r = await dispatch.run(
            {
              input: {
                incidentId: inc.id,
                unitId,
                role: f.role,
                requirements: f.requirements,
                dueAt: f.custom && f.dueAt ? f.dueAt.toISOString() : undefined,
              },
            },
            `已派单给${units.name(unitId)}`,
          );
          if (!r) {
            // The ones before went through: show them, keep the dialog for the rest.
            if (sent.current.size) onChanged();
            return false;
          }
          sent.current.add(unitId);
        }
        return done(true);
      }}
    >
      <Form.Item
        name="unitIds"
        label="承办单位（可多选）"
        rules={[{ required: true, message: '请选择承办单位' }]}
      >
        <UnitPicker
          many
          treeData={tree}
          treeDefaultExpandAll
          placeholder="选择乡镇、部门"
          data-testid="dispatch-unit"
        />
      </Form.Item>
      <Form.Item name="role" label="角色">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'LEAD', label: '主办' },
            { value: 'SUPPORT', label: '协办' },
          ]}
          data-testid="dispatch-role"
        />
      </Form.Item>
      <Form.Item name="requirements" label="工作要求" rules={[{ required: true, message: '请填写工作要求' }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message={
          sameDay
            ? `按本县时限规定：四级询问类当天答复处理意见${policy.sameDayLeastMinutes > 0 ? `；当天所余办公时间不足 ${policy.sameDayLeastMinutes} 分钟的，顺延至承办单位有足额办公时间（以系统为准）` : ''}`
            : `按本县时限规定：${inc.grade ?? 'IV'}级${defaultHours ? ` ${defaultHours} 小时内书面反馈` : ''}，预计 ${fmt(new Date(Date.now() + defaultHours * 3_600_000).toISOString())} 到期${policy.onWorkingTime ? '（按工作时间计算，以系统为准）' : ''}；延期不超过 ${policy.hardCapHours} 小时`
        }
      />
      <Form.Item name="custom" label="另行指定时限" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item noStyle shouldUpdate>
        {({ getFieldValue }) =>
          getFieldValue('custom') === true && (
            <Form.Item name="dueAt" label="时限" rules={[{ required: true }]}>
              <DatePicker showTime format="YYYY-MM-DD HH:mm" />
            </Form.Item>
          )
        }
      </Form.Item>
    </FormModal>
  );
}
