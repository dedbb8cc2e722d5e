import { Button, Form, Select } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { FormModal } from './FormModal';
import { graphql } from '../gql';
import { useSubmit } from '../lib/submit';

const PEOPLE = graphql(`
  query ConsoleUnitPeopleForTask($unitId: ID!) {
    users(unitId: $unitId) {
      id
      displayName
      active
    }
  }
`);
const NAME = graphql(`
  mutation ConsoleNameTaskResponsible($input: NameTaskResponsibleInput!) {
    nameTaskResponsible(input: $input) {
      id
      version
      responsible {
        userId
        name
      }
      allowedActions
    }
  }
`);

/**
 * 变更责任人 (000 §六3 责任到人): the unit the task went to names another of its people to answer for it. Only its
 * active people are offered; the API refuses anyone else (TASK.RESPONSIBLE_NOT_OF_UNIT).
 */
export function TaskResponsibleAction({
  task,
  size,
  onDone,
}: {
  task: { id: string; version: number; assigneeUnitId: string; responsible?: { userId: string } | null };
  size: 'small' | 'middle';
  onDone: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [{ data }] = useQuery({ query: PEOPLE, variables: { unitId: task.assigneeUnitId }, pause: !open });
  const name = useSubmit(NAME);
  const people = (data?.users ?? []).filter((u) => u.active && u.id !== task.responsible?.userId);
  return (
    <>
      <Button size={size} onClick={() => setOpen(true)} data-testid="task-responsible">
        变更责任人
      </Button>
      <FormModal<{ userId: string }>
        open={open}
        title="变更责任人"
        onClose={() => setOpen(false)}
        loading={name.loading}
        testId="task-responsible-form"
        onSubmit={async (f) => {
          const r = await name.run(
            { input: { taskId: task.id, expectedVersion: task.version, userId: f.userId } },
            '已变更责任人',
          );
          if (r) onDone();
          return !!r;
        }}
      >
        <Form.Item name="userId" label="本单位人员" rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={people.map((u) => ({ value: u.id, label: u.displayName }))}
            data-testid="task-responsible-person"
          />
        </Form.Item>
      </FormModal>
    </>
  );
}
