import { Principal } from '@app/access';
import {
  AssessIncidentCommand,
  DiscoveryChannel,
  Grade,
  IncidentField,
  IncidentNature,
  ListIncidentCommand,
  Platform,
  ReportIncidentCommand,
  Veracity,
} from '@app/incidents';
import { CapabilityFixture } from './capability-fixture';

/** An incident reported by `p` (a county-centre person), 研判 and listed for disposal, through the CommandBus. */
export async function listedIncidentOnBus(
  t: CapabilityFixture,
  p: Principal,
  o: { title: string; confidential?: boolean; grade?: Grade },
): Promise<string> {
  const id = await t.commands.execute(
    new ReportIncidentCommand(
      p,
      {
        channel: DiscoveryChannel.MONITORING,
        platform: Platform.WEIBO,
        urls: ['https://weibo.example/p/1'],
        title: o.title,
        excerpt: '',
        discoveredAt: t.clock.now(),
        spread: { posts: 0, reposts: 0, comments: 0, views: 0, mainstreamMediaPickups: 0 },
        confidential: o.confidential ?? false,
      },
      t.ctx(p),
    ),
  );
  await t.commands.execute(
    new AssessIncidentCommand(
      p,
      id,
      {
        nature: IncidentNature.INQUIRY_APPEAL,
        veracity: Veracity.UNVERIFIED,
        field: IncidentField.OTHER,
        grade: o.grade ?? Grade.III,
        indicators: [],
        reasoning: '研判',
      },
      undefined,
      t.ctx(p),
    ),
  );
  await t.commands.execute(
    new ListIncidentCommand(p, id, { requirements: '核实并反馈' }, undefined, t.ctx(p)),
  );
  return id;
}
