import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { Principal } from '@app/access';
import { DiscoveryChannel, Platform, ReportIncidentCommand } from '@app/incidents';
import { CapabilityFixture, openCapability } from '../../../test/support/capability-fixture';
import { listedIncidentOnBus } from '../../../test/support/capability-steps';
import { AttachFileCommand } from './commands/attach-file/attach-file.command';
import { AttachmentPurpose, AttachmentRecordKind } from './domain/attachment-kinds';
import { attachmentStreamId } from './domain/attachment.events';
import { AttachmentReader } from './queries/attachment-reader';
import { UploadIntake } from './uploads/upload-intake';

/**
 * Evidence on PostgreSQL and the disk store through the CommandBus: an upload attached to an incident is on the
 * incident when the command returns, and cannot be attached twice; a township that may not see the incident gets
 * NOT_FOUND, nothing is appended, and its upload stays its own to attach elsewhere.
 */
let t: CapabilityFixture;
let centre: Principal; // 周明, county centre duty officer
let gaoyang: Principal; // 高扬, 西山镇 handler

beforeAll(async () => {
  t = await openCapability('evidence');
  [centre, gaoyang] = await Promise.all([t.as('zhouming'), t.as('gaoyang')]);
});
afterAll(() => t?.close());

/** A JPEG as a phone's camera makes one (start and end markers around its data). */
const jpeg = () =>
  Buffer.concat([
    Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'),
    randomBytes(3000),
    Buffer.from('ffd9', 'hex'),
  ]);

const upload = async (p: Principal) => {
  const bytes = jpeg();
  return t.app.get(UploadIntake).receive(p, Readable.from(bytes), bytes.length, '现场照片.jpg');
};

const attach = (p: Principal, uploadId: string, incidentId: string) =>
  t.commands.execute(
    new AttachFileCommand(
      p,
      {
        uploadId,
        recordKind: AttachmentRecordKind.INCIDENT,
        recordId: incidentId,
        purpose: AttachmentPurpose.POST_SCREENSHOT,
      },
      t.ctx(p),
    ),
  );

it('an attached upload is on the incident at once, and cannot be attached a second time', async () => {
  const incidentId = await listedIncidentOnBus(t, centre, { title: '西山镇采石场扬尘' });
  const { uploadId, sha256 } = await upload(centre);
  expect(await attach(centre, uploadId, incidentId)).toEqual({ attachmentId: uploadId });
  const onIncident = await t.app
    .get(AttachmentReader)
    .ofRecord(centre, AttachmentRecordKind.INCIDENT, incidentId);
  expect(onIncident.map((a) => [a.attachmentId, a.sha256])).toEqual([[uploadId, sha256]]);
  await expect(attach(centre, uploadId, incidentId)).rejects.toMatchObject({
    reason: 'EVIDENCE.UPLOAD_NOT_FOUND',
  });
  expect(await t.events(attachmentStreamId(uploadId))).toHaveLength(1);
});

it('a township that may not see the incident gets NOT_FOUND; nothing is written and its upload stays free', async () => {
  const incidentId = await listedIncidentOnBus(t, centre, { title: '县城夜市噪声' });
  const { uploadId } = await upload(gaoyang);
  await expect(attach(gaoyang, uploadId, incidentId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  expect(await t.events(attachmentStreamId(uploadId))).toEqual([]);
  expect(
    await t.sql(`SELECT claimed_at, attached FROM evidence_upload WHERE upload_id = $1`, [uploadId]),
  ).toEqual([{ claimed_at: null, attached: false }]);
  // Released, it goes on a record the township does see: its own 上报.
  const own = await t.commands.execute(
    new ReportIncidentCommand(
      gaoyang,
      {
        channel: DiscoveryChannel.UNIT_REPORT,
        platform: Platform.DOUYIN,
        urls: [],
        title: '西山镇学校门口拥堵',
        excerpt: '',
        discoveredAt: t.clock.now(),
        spread: { posts: 1, reposts: 0, comments: 0, views: 0, mainstreamMediaPickups: 0 },
        confidential: false,
      },
      t.ctx(gaoyang),
    ),
  );
  await expect(attach(gaoyang, uploadId, own)).resolves.toEqual({ attachmentId: uploadId });
});
