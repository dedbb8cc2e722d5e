import { IncidentAlreadyReported } from '../incident.errors';
import { validateReport } from '../incident.validation';
import { check } from './decision-support';
import { IncidentCommandOf } from '../incident.commands';
import { IncidentEvent, IncidentEventType } from '../incident.events';
import { IncidentState } from '../incident.state';

/** 登记 / 上报: the first event of the stream, with who reported it, from where and when (DOMAIN §2). */
export function decideReportIncident(
  command: IncidentCommandOf<'ReportIncident'>,
  state: IncidentState,
): IncidentEvent[] {
  const { incidentId, context } = command;
  if (state.exists) throw new IncidentAlreadyReported(incidentId);
  check(validateReport(command.input, context.now));
  const i = command.input;
  return [
    {
      type: IncidentEventType.Reported,
      data: {
        incidentId,
        channel: i.channel,
        platform: i.platform,
        urls: i.urls,
        title: i.title.trim(),
        excerpt: i.excerpt.trim(),
        discoveredAt: i.discoveredAt.toISOString(),
        spread: i.spread,
        confidential: i.confidential,
        reportingUnitId: context.actorUnitId,
        countyId: context.actorCountyId,
        reportedBy: context.actorUserId,
        reportedAt: context.now.toISOString(),
        ...(command.townshipUnitId ? { townshipUnitId: command.townshipUnitId } : {}),
      },
    },
  ];
}
