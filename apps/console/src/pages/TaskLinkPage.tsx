import { Alert, Spin } from 'antd';
import { Navigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useSession } from '../lib/session';
import { errorText } from '../lib/submit';

const TASK = graphql(`
  query ConsoleTaskLink($id: ID!) {
    task(id: $id) {
      id
      incidentId
      assigneeUnitId
    }
  }
`);

/** A notification's link to a task: the unit it was given to works it in 待办; others follow it on its incident. */
export default function TaskLinkPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const [{ data, error }] = useQuery({ query: TASK, variables: { id } });
  if (error) return <Alert type="error" showIcon message={errorText(error)} style={{ margin: 24 }} />;
  if (!data) return <Spin style={{ display: 'block', margin: '120px auto' }} />;
  return (
    <Navigate
      replace
      to={data.task.assigneeUnitId === session?.me.unit.id ? '/inbox' : `/incidents/${data.task.incidentId}`}
    />
  );
}
