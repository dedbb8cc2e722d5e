import { RecordedEvent } from '@app/kernel';
import { describeDispatchEvent } from './dispatch.timeline';

const stamp = { taskId: 't1', incidentId: 'i1', by: 'u', byUnit: 'donghu', at: '2026-12-04T01:00:00.000Z' };
const event = (type: string, data: Record<string, unknown>) =>
  ({ type, data: { ...stamp, ...data } }) as unknown as RecordedEvent;

describe('how a task reads on the timeline', () => {
  it('gives the reviewer’s opinion with the sign-off when there is one (审核意见, issue 20 §1)', () => {
    expect(describeDispatchEvent(event('TaskAccepted', { reason: '核查属实，处置到位' }))?.zh).toBe(
      '审核销号：核查属实，处置到位',
    );
    expect(describeDispatchEvent(event('TaskAccepted', { reason: '' }))?.zh).toBe('审核销号');
  });

  it('names the 责任人 at signing and when another is named', () => {
    expect(
      describeDispatchEvent(event('TaskSigned', { responsible: { userId: 'a', name: '李娜' } }))?.zh,
    ).toBe('签收工单，责任人：李娜');
    expect(describeDispatchEvent(event('TaskSigned', {}))?.zh).toBe('签收工单');
    expect(
      describeDispatchEvent(
        event('TaskResponsibleNamed', {
          responsible: { userId: 'b', name: '王博' },
          previous: { userId: 'a', name: '李娜' },
        }),
      )?.zh,
    ).toBe('责任人变更为王博（原为李娜）');
  });
});
