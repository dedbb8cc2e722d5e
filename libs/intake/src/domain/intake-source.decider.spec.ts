import { actingAs, deciderSpec } from '@test/given-when-then';
import { IntakeSourceCommand, intakeSourceDecider } from './intake-source.decider';
import { IntakeEventType, IntakeSourceEvent, IntakeSourceKind } from './intake.events';

const { given } = deciderSpec(intakeSourceDecider);
const context = actingAs('admin');
const at = context.now.toISOString();
const configure = (over: Partial<Extract<IntakeSourceCommand, { type: 'ConfigureIntakeSource' }>> = {}) =>
  ({
    type: 'ConfigureIntakeSource',
    sourceId: 's1',
    countyId: 'qingshui',
    name: ' 某监测服务 ',
    kind: IntakeSourceKind.MONITORING_SERVICE,
    ownerUnitId: 'centre',
    context,
    ...over,
  }) as IntakeSourceCommand;
const configured = (kind = IntakeSourceKind.MONITORING_SERVICE): IntakeSourceEvent => ({
  type: IntakeEventType.SourceConfigured,
  data: { sourceId: 's1', countyId: 'qingshui', name: '某监测服务', kind, ownerUnitId: 'centre', at },
});
const issueKey: IntakeSourceCommand = {
  type: 'IssueIntakeSourceKey',
  sourceId: 's1',
  keyHash: 'h',
  keyPrefix: 'yq_ab',
  context,
};
const mapping = (m: Record<string, string>): IntakeSourceCommand => ({
  type: 'SetIntakeColumnMapping',
  sourceId: 's1',
  mapping: m,
  context,
});

describe('an intake source (issue 23): configured by the county, pushing with its own key', () => {
  it('is configured with its name trimmed; the same configuration again decides nothing', () => {
    given().when(configure()).then([configured()]);
    given([configured()]).when(configure()).thenNothingHappens();
    given([configured()])
      .when(configure({ name: '改名后的服务' }))
      .then((events) => expect(events[0].data).toMatchObject({ name: '改名后的服务' }));
  });

  it('refuses a blank name and an unknown kind, naming both fields', () => {
    given()
      .when(configure({ name: '  ', kind: 'SATELLITE' as IntakeSourceKind }))
      .thenThrows('INPUT.INVALID', ['input.name', 'input.kind']);
  });

  it('issues a key only to a configured source that pushes (not a manual one)', () => {
    given().when(issueKey).thenThrows('INTAKE.SOURCE_NOT_FOUND');
    given([configured(IntakeSourceKind.MANUAL)])
      .when(issueKey)
      .thenThrows('INTAKE.MANUAL_SOURCE_HAS_NO_KEY');
    given([configured()])
      .when(issueKey)
      .then([
        {
          type: IntakeEventType.SourceKeyIssued,
          data: { sourceId: 's1', countyId: 'qingshui', keyHash: 'h', keyPrefix: 'yq_ab', at },
        },
      ]);
  });

  it('keeps a column mapping that names the required fields, trimmed and without blanks', () => {
    given()
      .when(mapping({ id: 'ID' }))
      .thenThrows('INTAKE.SOURCE_NOT_FOUND');
    given([configured()])
      .when(mapping({ id: '编号' }))
      .thenThrows('INPUT.INVALID', [
        'input.mapping.platform',
        'input.mapping.text',
        'input.mapping.publishedAt',
      ]);
    given([configured()])
      .when(mapping({ id: ' 编号 ', platform: '平台', text: '内容', publishedAt: '发布时间', author: ' ' }))
      .then([
        {
          type: IntakeEventType.SourceMappingSet,
          data: {
            sourceId: 's1',
            countyId: 'qingshui',
            mapping: { id: '编号', platform: '平台', text: '内容', publishedAt: '发布时间' },
            at,
          },
        },
      ]);
  });
});
