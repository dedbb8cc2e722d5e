import { Card, Tag, Timeline } from 'antd';
import { graphql } from '../../gql';
import type { IncidentTimelineFieldsFragment } from '../../gql/graphql';
import { fmt } from '../../lib/time';

graphql(`
  fragment IncidentTimelineFields on Incident {
    timeline {
      at
      type
      description
      action
      actorName
      actorUnitName
    }
  }
`);

const colorOf = (type: string) =>
  /Warning/.test(type) ? 'red' : /Task/.test(type) ? 'blue' : /Letter/.test(type) ? 'orange' : 'gray';

/** 时间线: every step on the incident, newest first, read again whenever another person's step arrives. */
export function TimelineCard({ incident: inc }: { incident: IncidentTimelineFieldsFragment }) {
  return (
    <Card
      size="small"
      title="时间线（最新在上）"
      extra={<Tag color="green">实时</Tag>}
      data-testid="timeline"
      className="timeline-card"
    >
      <Timeline
        items={[...inc.timeline].reverse().map((e) => ({
          color: colorOf(e.type),
          children: (
            <div title={e.description}>
              <div className="tl-action">{e.action}</div>
              <div className="tl-time">
                {fmt(e.at)} · {(e.actorUnitName ?? '').replace(/（.*）$/, '')} {e.actorName ?? ''}
              </div>
            </div>
          ),
        }))}
      />
    </Card>
  );
}
