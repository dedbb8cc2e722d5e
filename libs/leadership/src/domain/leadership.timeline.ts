import { LocalizedMessage, RecordedEvent } from '@app/kernel';
import {
  HandlingPlanApprovedData,
  HandlingPlanDraftedData,
  HandlingPlanEventType,
  HandlingPlanSentBackData,
} from './handling-plan.events';
import {
  LeaderInstructionFeedbackReportedData,
  LeaderInstructionGivenData,
  LeadershipEventType,
} from './leadership.events';

const clip = (s: string, n = 60) => ([...s].length > n ? `${[...s].slice(0, n).join('')}…` : s);

/** The timeline's line for each instruction event (the text itself stays off it for a confidential incident). */
export function describeLeadershipEvent(e: RecordedEvent): LocalizedMessage | null {
  switch (e.type) {
    case LeadershipEventType.InstructionGiven: {
      const d = e.data as unknown as LeaderInstructionGivenData;
      const said = d.confidential ? '' : `：${clip(d.text)}`;
      return { zh: `${d.post}${d.leaderName}批示${said}`, en: `Instruction from ${d.post} ${d.leaderName}` };
    }
    case LeadershipEventType.InstructionTaskLinked:
      return { zh: '落实批示：工单关联到领导批示', en: 'A task carries out the instruction' };
    case LeadershipEventType.InstructionFeedbackReported: {
      const d = e.data as unknown as LeaderInstructionFeedbackReportedData;
      return { zh: `批示落实情况反馈（${d.byName}）`, en: `Report back on the instruction (${d.byName})` };
    }
    case HandlingPlanEventType.Drafted: {
      const d = e.data as unknown as HandlingPlanDraftedData;
      return {
        zh: `拟定处置方案（第 ${d.revision} 稿），报分管领导审批`,
        en: `Handling plan drafted (revision ${d.revision})`,
      };
    }
    case HandlingPlanEventType.Approved: {
      const d = e.data as unknown as HandlingPlanApprovedData;
      return {
        zh: `${d.post}${d.leaderName}同意处置方案${d.opinion ? `：${clip(d.opinion)}` : ''}`,
        en: `${d.leaderName} approved the handling plan`,
      };
    }
    case HandlingPlanEventType.SentBack: {
      const d = e.data as unknown as HandlingPlanSentBackData;
      return {
        zh: `${d.post}${d.leaderName}退回处置方案：${clip(d.reason)}`,
        en: `${d.leaderName} sent the handling plan back`,
      };
    }
    default:
      return null;
  }
}
