import { Button, Col, Result, Row, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery, useSubscription } from 'urql';
import { EscalationsCard } from '../components/incident/EscalationsCard';
import { IncidentHeader } from '../components/incident/IncidentHeader';
import { IncidentSteps } from '../components/incident/IncidentSteps';
import { LettersCard } from '../components/incident/LettersCard';
import { LinkageCard } from '../components/incident/LinkageCard';
import { OverviewCard } from '../components/incident/OverviewCard';
import { SpreadCard } from '../components/incident/SpreadCard';
import { IncidentIntakeCard } from '../components/incident/IncidentIntakeCard';
import { ReviewCard } from '../components/incident/ReviewCard';
import type { CardDialogs, IncidentDialog } from '../components/incident/shared';
import { StatementsCard } from '../components/incident/StatementsCard';
import { TakedownCard } from '../components/incident/TakedownCard';
import { LeadershipCard } from '../components/incident/LeadershipCard';
import { EvidenceCard } from '../components/incident/EvidenceCard';
import { ResponsibilityCard } from '../components/incident/ResponsibilityCard';
import { LocalHandlingDialogs } from '../components/incident/LocalHandlingDialogs';
import { AccountabilityCard } from '../components/incident/AccountabilityCard';
import { TaskBoardCard } from '../components/incident/TaskBoardCard';
import { TimelineCard } from '../components/incident/TimelineCard';
import { WarningCard } from '../components/incident/WarningCard';
import { SpecialReportsCard } from '../components/SpecialReportsCard';
import { graphql } from '../gql';
import { useLiveRefresh } from '../lib/live';

/** The incident once for the whole page: each card asks for what it shows in its own fragment. */
const INCIDENT = graphql(`
  query ConsoleIncident($id: ID!) {
    incident(id: $id) {
      id
      ...IncidentHeaderFields
      ...IncidentStepsFields
      ...IncidentOverviewFields
      ...IncidentSpreadFields
      ...IncidentIntakeFields
      ...IncidentWarningFields
      ...IncidentTaskBoardFields
      ...IncidentLettersFields
      ...SpecialReportsCardFields
      ...IncidentLinkageFields
      ...IncidentStatementsFields
      ...IncidentTakedownFields
      ...IncidentLeadershipFields
      ...IncidentResponsibilityFields
      ...IncidentAccountabilityFields
      ...IncidentTimelineFields
      ...IncidentEscalationsFields
      ...IncidentReviewFields
    }
    county {
      ...LinkageCountyFields
      deadlinePolicy {
        ...DispatchPolicyFields
      }
    }
  }
`);

const EVENTS = graphql(`
  subscription ConsoleIncidentEvents($id: ID!) {
    incidentEvents(incidentId: $id) {
      position
      type
      action
      at
    }
  }
`);

/**
 * 事件详情: the header with the steps the API offers the caller (`Incident.allowedActions`), and one card per part
 * of the work, each with its own fragment, mutations and dialogs. The page reads the incident once, again after each
 * step, and again when another person's step arrives over graphql-ws.
 */
export default function IncidentDetailPage() {
  const { id = '' } = useParams();
  const nav = useNavigate();
  const [{ data, error, fetching }, refetch] = useQuery({ query: INCIDENT, variables: { id } });
  const [events] = useSubscription({ query: EVENTS, variables: { id } });
  const [dialog, setDialog] = useState<IncidentDialog | null>(null);

  useEffect(() => {
    if (events.data) refetch({ requestPolicy: 'network-only' });
  }, [events.data, refetch]);
  // What was missed while the live socket was away (its process gone), and on coming back to the tab.
  useLiveRefresh(() => refetch({ requestPolicy: 'network-only' }));

  if (error && !data)
    return (
      <Result
        status="404"
        title="未找到该舆情事件"
        subTitle={error.graphQLErrors[0]?.message ?? '无权查看或不存在'}
        extra={<Button onClick={() => nav('/incidents')}>返回列表</Button>}
      />
    );
  if (!data) return <Spin style={{ display: 'block', margin: '120px auto' }} spinning={fetching} />;

  const inc = data.incident;
  const cards: CardDialogs = {
    dialog,
    onDialog: setDialog,
    onClose: () => setDialog(null),
    onChanged: () => refetch({ requestPolicy: 'network-only' }),
  };

  return (
    <div className="page" data-testid="incident-detail">
      <IncidentHeader incident={inc} onDialog={setDialog} />
      <IncidentSteps incident={inc} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <OverviewCard incident={inc} {...cards} />
          <SpreadCard incident={inc} {...cards} />
          <IncidentIntakeCard incident={inc} />
          <WarningCard incident={inc} {...cards} />
          <TaskBoardCard incident={inc} policy={data.county.deadlinePolicy} {...cards} />
          <LettersCard incident={inc} {...cards} />
          <SpecialReportsCard incident={inc} live={events.data} />
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <LinkageCard incident={inc} county={data.county} {...cards} />
            </Col>
            <Col xs={24} lg={12}>
              <StatementsCard incident={inc} {...cards} />
            </Col>
          </Row>
          <TakedownCard incident={inc} onChanged={cards.onChanged} />
          <LeadershipCard incident={inc} onChanged={cards.onChanged} />
          <EvidenceCard incident={inc} />
        </Col>
        <Col xs={24} xl={8}>
          <ResponsibilityCard incident={inc} onChanged={cards.onChanged} />
          <TimelineCard incident={inc} />
          <EscalationsCard incident={inc} {...cards} />
        </Col>
      </Row>
      <ReviewCard incident={inc} {...cards} />
      <AccountabilityCard incident={inc} onChanged={cards.onChanged} />
      <LocalHandlingDialogs incident={inc} {...cards} />
    </div>
  );
}
