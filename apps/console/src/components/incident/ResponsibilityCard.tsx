import { Button, Card, Descriptions, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { offers } from './shared';
import { FormModal } from '../FormModal';
import { graphql } from '../../gql';
import type { IncidentResponsibilityFieldsFragment } from '../../gql/graphql';
import { useSubmit } from '../../lib/submit';

graphql(`
  fragment IncidentResponsibilityFields on Incident {
    id
    version
    owningUnitId
    allowedActions
    guarantor {
      userId
      name
      post
    }
    tracker {
      userId
      name
    }
  }
`);

const CANDIDATES = graphql(`
  query ConsoleResponsibilityCandidates($unitId: ID!) {
    countyLeaders {
      userId
      name
      post
    }
    users(unitId: $unitId) {
      id
      displayName
      active
    }
  }
`);

const NAME = graphql(`
  mutation ConsoleNameIncidentResponsibility($input: NameIncidentResponsibilityInput!) {
    nameIncidentResponsibility(input: $input) {
      id
      version
      guarantor {
        userId
        name
        post
      }
      tracker {
        userId
        name
      }
      allowedActions
    }
  }
`);

interface Form {
  guarantorUserId?: string;
  trackerUserId?: string;
}

/**
 * 包保责任 (000 §六3 领导包保、责任到人; 003 §二(三) 专人跟踪): the county leader who answers for the incident and the
 * centre's person who follows it. The leader comes from the county's roster, the 专人 from the owning unit's active
 * people; the API refuses anyone else, and tells both of them by name.
 */
export function ResponsibilityCard({
  incident: inc,
  onChanged,
}: {
  incident: IncidentResponsibilityFieldsFragment;
  onChanged: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [{ data }] = useQuery({
    query: CANDIDATES,
    variables: { unitId: inc.owningUnitId },
    pause: !open,
  });
  const name = useSubmit(NAME);
  const may = offers(inc, 'nameIncidentResponsibility');
  return (
    <Card
      size="small"
      title="包保责任"
      style={{ marginBottom: 16 }}
      data-testid="responsibility-card"
      extra={
        may && (
          <Button size="small" onClick={() => setOpen(true)} data-testid="name-responsibility">
            {inc.guarantor || inc.tracker ? '变更' : '指定'}
          </Button>
        )
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label="包保领导">
          {inc.guarantor ? (
            `${inc.guarantor.name}${inc.guarantor.post ? `（${inc.guarantor.post}）` : ''}`
          ) : (
            <Typography.Text type="secondary">未指定</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label="跟踪专人">
          {inc.tracker?.name ?? <Typography.Text type="secondary">未指定</Typography.Text>}
        </Descriptions.Item>
      </Descriptions>
      <FormModal<Form>
        open={open}
        title="指定包保领导和跟踪专人"
        onClose={() => setOpen(false)}
        loading={name.loading}
        testId="responsibility-form"
        initialValues={{ guarantorUserId: inc.guarantor?.userId, trackerUserId: inc.tracker?.userId }}
        onSubmit={async (f) => {
          const r = await name.run(
            {
              input: {
                incidentId: inc.id,
                expectedVersion: inc.version,
                guarantorUserId: f.guarantorUserId ?? null,
                trackerUserId: f.trackerUserId ?? null,
              },
            },
            '已指定',
          );
          if (r) onChanged();
          return !!r;
        }}
      >
        <Form.Item name="guarantorUserId" label="包保领导" extra="从县领导名单中选择">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            data-testid="responsibility-guarantor"
            options={(data?.countyLeaders ?? []).map((l) => ({
              value: l.userId,
              label: `${l.name}（${l.post}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="trackerUserId" label="跟踪专人" extra="主办单位在岗人员">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            data-testid="responsibility-tracker"
            options={(data?.users ?? [])
              .filter((u) => u.active)
              .map((u) => ({ value: u.id, label: u.displayName }))}
          />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
