import { Typography } from 'antd';
import { settled, type CardDialogs } from './shared';
import { FormModal } from '../FormModal';
import { ReasonDialog } from '../ReasonDialog';
import { graphql } from '../../gql';
import { useSubmit } from '../../lib/submit';

const HANDLE_LOCALLY = graphql(`
  mutation ConsoleHandleLocally($input: HandleLocallyInput!) {
    handleLocally(input: $input) {
      id
      version
      localUnitId
      allowedActions
    }
  }
`);

const SUPPLEMENT = graphql(`
  mutation ConsoleSupplementIncident($input: SupplementIncidentInput!) {
    supplementIncident(input: $input) {
      id
      version
    }
  }
`);

const TAKE_OVER = graphql(`
  mutation ConsoleTakeOverIncident($input: TakeOverIncidentInput!) {
    takeOverIncident(input: $input) {
      id
      version
      localUnitId
      allowedActions
    }
  }
`);

/**
 * 乡镇自行处置 and 县中心接管 (000 §三; 001 §三): a township takes up a grade-IV incident its village reported, and
 * runs the loop with its villages; the county centre, which sees everything, takes it back when it grows. And
 * 补充情况: what a unit working the incident (a township for its village's report) adds that it knows.
 */
export function LocalHandlingDialogs({
  incident: inc,
  dialog,
  onClose,
  onChanged,
}: { incident: { id: string; version: number } } & CardDialogs) {
  const local = useSubmit(HANDLE_LOCALLY);
  const takeOver = useSubmit(TAKE_OVER);
  const supplement = useSubmit(SUPPLEMENT);
  const done = settled(onChanged);
  const v = { incidentId: inc.id, expectedVersion: inc.version };
  return (
    <>
      <FormModal
        open={dialog === 'local'}
        title="乡镇自行处置"
        onClose={onClose}
        loading={local.loading}
        okText="确认自行处置"
        testId="local-handling-form"
        onSubmit={async () => done(await local.run({ input: v }, '已转为本乡镇自行处置'))}
      >
        <Typography.Paragraph>
          本乡镇将自行研判（限一般 IV
          级）、列单、向所辖村（社区）派单并办结此事件，县中心全程可见并可随时接管。 研判为 III
          级及以上的，请上报县中心处置。
        </Typography.Paragraph>
      </FormModal>
      <ReasonDialog
        open={dialog === 'takeOver'}
        title="县中心接管"
        label="接管原因"
        placeholder="例如：转发量上升，超出乡镇处置范围"
        onClose={onClose}
        loading={takeOver.loading}
        onSubmit={async (reason) => done(await takeOver.run({ input: { ...v, reason } }, '县中心已接管'))}
      />
      <ReasonDialog
        open={dialog === 'supplement'}
        title="补充情况"
        label="补充的情况"
        placeholder="例如：经现场核实，塌陷长约3米，已设置警示"
        onClose={onClose}
        loading={supplement.loading}
        onSubmit={async (text) => done(await supplement.run({ input: { ...v, text } }, '已补充情况'))}
      />
    </>
  );
}
