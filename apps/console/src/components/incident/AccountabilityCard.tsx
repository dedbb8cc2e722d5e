import { Button, Card, Form, Input, List, Select } from 'antd';
import { type ComponentProps, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { offers } from './shared';
import { FormModal } from '../FormModal';
import { RecordDocuments } from '../RecordDocuments';
import { UnitPicker } from '../UnitPicker';
import { graphql } from '../../gql';
import type { IncidentAccountabilityFieldsFragment } from '../../gql/graphql';
import { useSubmit } from '../../lib/submit';
import { fmt } from '../../lib/time';
import { unitTree, useUnits, WITH_VILLAGES } from '../../lib/units';

graphql(`
  fragment IncidentAccountabilityFields on Incident {
    id
    version
    allowedActions
    accountability {
      unitId
      person
      userId
      finding
      measure
      at
    }
  }
`);

const PEOPLE = graphql(`
  query ConsoleAccountablePeople($unitId: ID!) {
    users(unitId: $unitId) {
      id
      displayName
      active
    }
  }
`);

const RECORD = graphql(`
  mutation ConsoleRecordAccountability($input: RecordAccountabilityInput!) {
    recordAccountability(input: $input) {
      id
      version
    }
  }
`);

interface FindingForm {
  unitId: string;
  userId?: string;
  person?: string;
  finding: string;
  measure: string;
}

/**
 * 追责 (000 §六; 002 追责; 003 §四 第一责任人、直接责任人): findings per unit, naming a person of that unit by who they
 * are (or, for someone outside the platform, by name), with the measure taken; and the 追责通报 issued from them.
 */
export function AccountabilityCard({
  incident: inc,
  onChanged,
}: {
  incident: IncidentAccountabilityFieldsFragment;
  onChanged: () => void;
}) {
  const units = useUnits();
  const [open, setOpen] = useState(false);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [{ data }] = useQuery({ query: PEOPLE, variables: { unitId: unitId ?? '' }, pause: !unitId });
  const record = useSubmit(RECORD);
  // The centre's own people may be held to account too.
  const tree = useMemo(() => unitTree(units.list, ['COUNTY_CENTER', ...WITH_VILLAGES]), [units.list]);
  const may = offers(inc, 'recordAccountability');
  if (!inc.accountability.length && !may) return null;
  return (
    <Card
      size="small"
      title="追责"
      style={{ marginTop: 16 }}
      data-testid="accountability-card"
      extra={
        may && (
          <Button size="small" onClick={() => setOpen(true)} data-testid="record-accountability">
            记录追责
          </Button>
        )
      }
    >
      {inc.accountability.length > 0 && (
        <>
          <List
            size="small"
            dataSource={inc.accountability}
            renderItem={(a) => (
              <List.Item key={`${a.unitId}-${a.at}-${a.finding}`} data-testid="accountability-finding">
                <List.Item.Meta
                  title={`${units.name(a.unitId)}${a.person ? ` · ${a.person}` : ''}`}
                  description={`${a.finding} —— 处理：${a.measure}（${fmt(a.at)}）`}
                />
              </List.Item>
            )}
          />
          <RecordDocuments kind="ACCOUNTABILITY_NOTICE" recordId={inc.id} />
        </>
      )}
      <FormModal<FindingForm>
        open={open}
        title="记录追责"
        onClose={() => {
          setOpen(false);
          setUnitId(null);
        }}
        loading={record.loading}
        testId="accountability-form"
        onSubmit={async (f) => {
          const r = await record.run(
            {
              input: {
                incidentId: inc.id,
                expectedVersion: inc.version,
                findings: [
                  {
                    unitId: f.unitId,
                    userId: f.userId ?? null,
                    person: f.userId ? null : (f.person ?? null),
                    finding: f.finding,
                    measure: f.measure,
                  },
                ],
              },
            },
            '已记录追责',
          );
          if (r) onChanged();
          return !!r;
        }}
      >
        <UnitField tree={tree} onUnit={setUnitId} />
        <Form.Item name="userId" label="责任人（本单位在岗人员）">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            data-testid="accountability-person"
            options={(data?.users ?? [])
              .filter((u) => u.active)
              .map((u) => ({ value: u.id, label: u.displayName }))}
          />
        </Form.Item>
        <Form.Item name="person" label="或填写姓名（平台外人员）">
          <Input />
        </Form.Item>
        <Form.Item name="finding" label="追责结论" rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="measure" label="处理措施" rules={[{ required: true }]}>
          <Input.TextArea rows={2} placeholder="如：约谈提醒、通报批评" />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

/**
 * 责任单位: choosing another unit clears the person picked from the one before — they are not of the new unit (the
 * API would refuse them with ACCOUNTABLE_NOT_OF_UNIT).
 */
function UnitField({
  tree,
  onUnit,
}: {
  tree: ComponentProps<typeof UnitPicker>['treeData'];
  onUnit: (unitId: string | null) => void;
}) {
  const form = Form.useFormInstance<FindingForm>();
  return (
    <Form.Item name="unitId" label="责任单位" rules={[{ required: true }]}>
      <UnitPicker
        treeData={tree}
        treeDefaultExpandAll
        onChange={(v) => {
          form.setFieldValue('userId', undefined);
          onUnit(typeof v === 'string' ? v : null);
        }}
      />
    </Form.Item>
  );
}
