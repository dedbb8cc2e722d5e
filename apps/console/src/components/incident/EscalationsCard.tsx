import { Card, Checkbox, Form, Input } from 'antd';
import { settled, type CardDialogs } from './shared';
import { FormModal } from '../FormModal';
import { graphql } from '../../gql';
import type { EscalationTarget, IncidentEscalationsFieldsFragment } from '../../gql/graphql';
import { label, options } from '../../lib/labels';
import { useSubmit } from '../../lib/submit';
import { fmt } from '../../lib/time';

graphql(`
  fragment IncidentEscalationsFields on Incident {
    id
    version
    escalations {
      at
      to
      summary
    }
  }
`);

const ESCALATE = graphql(`
  mutation ConsoleEscalate($input: EscalateIncidentInput!) {
    escalateIncident(input: $input) {
      id
      version
    }
  }
`);

/** 上报记录: to whom the incident was reported up, and what was said; 上报 here. */
export function EscalationsCard({
  incident: inc,
  dialog,
  onClose,
  onChanged,
}: { incident: IncidentEscalationsFieldsFragment } & CardDialogs) {
  const escalate = useSubmit(ESCALATE);
  const done = settled(onChanged);
  return (
    <>
      {inc.escalations.length > 0 && (
        <Card size="small" title="上报记录" style={{ marginTop: 16 }} data-testid="escalations">
          {inc.escalations.map((e, k) => (
            <p key={k}>
              {fmt(e.at)} {e.to.map((t) => label('EscalationTarget', t)).join('、')}：{e.summary}
            </p>
          ))}
        </Card>
      )}
      <FormModal<{ to: EscalationTarget[]; summary: string }>
        open={dialog === 'escalate'}
        title="上报"
        onClose={onClose}
        loading={escalate.loading}
        initialValues={{ to: ['COUNTY_LEADERS'] }}
        onSubmit={async (f) =>
          done(
            await escalate.run(
              { input: { incidentId: inc.id, expectedVersion: inc.version, to: f.to, summary: f.summary } },
              '已上报',
            ),
          )
        }
      >
        <Form.Item name="to" label="上报对象" rules={[{ required: true }]}>
          <Checkbox.Group options={options('EscalationTarget')} />
        </Form.Item>
        <Form.Item name="summary" label="报告内容" rules={[{ required: true }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </FormModal>
    </>
  );
}
