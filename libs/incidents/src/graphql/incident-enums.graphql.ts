import { registerEnumType } from '@nestjs/graphql';
import { LocalizedMessage } from '@app/kernel';
import {
  DISCOVERY_CHANNEL_LABELS,
  DiscoveryChannel,
  FIELD_LABELS,
  Grade,
  GRADE_LABELS,
  IncidentField,
  IncidentNature,
  IncidentStatus,
  NATURE_LABELS,
  Platform,
  PLATFORM_LABELS,
  STATUS_LABELS,
  Veracity,
  VERACITY_LABELS,
} from '../domain/incident.enums';

/** Enum values stay English identifiers; each carries its Chinese label (and English) as its description. */
function register<E extends string>(
  enumRef: Record<string, E>,
  name: string,
  description: string,
  labels: Record<E, LocalizedMessage>,
): void {
  registerEnumType(enumRef, {
    name,
    description,
    valuesMap: Object.fromEntries(
      Object.values(enumRef).map((v) => [v, { description: `${labels[v].zh} / ${labels[v].en}` }]),
    ),
  });
}

register(DiscoveryChannel, 'DiscoveryChannel', '发现渠道 / Discovery channel', DISCOVERY_CHANNEL_LABELS);
register(Platform, 'Platform', '发布平台 / Platform', PLATFORM_LABELS);
register(IncidentNature, 'IncidentNature', '舆情性质 / Nature of the opinion', NATURE_LABELS);
register(Veracity, 'Veracity', '真实性 / Veracity', VERACITY_LABELS);
register(IncidentField, 'IncidentField', '所属领域 / Field', FIELD_LABELS);
register(Grade, 'Grade', '舆情等级（预警级别）/ Grade (warning level)', GRADE_LABELS);
register(IncidentStatus, 'IncidentStatus', '事件状态 / Incident status', STATUS_LABELS);
