import { LocalizedMessage, RecordedEvent, unitMention } from '@app/kernel';
import { DiscoveryChannel, ESCALATION_LABELS, GRADE_LABELS } from './incident.enums';
import { IncidentEvent, IncidentEventType } from './incident.events';

/** How the incident's own events read on its timeline. */
export function describeIncidentEvent(event: RecordedEvent): LocalizedMessage | null {
  const e = { type: event.type, data: event.data } as unknown as IncidentEvent;
  switch (e.type) {
    case IncidentEventType.Reported:
      return e.data.channel === DiscoveryChannel.UNIT_REPORT
        ? { zh: '上报舆情', en: 'reported the incident up' }
        : { zh: '登记舆情', en: 'registered the incident' };
    case IncidentEventType.Assessed:
      return { zh: `研判为${GRADE_LABELS[e.data.grade].zh}`, en: `assessed it as grade ${e.data.grade}` };
    case IncidentEventType.Listed:
      return { zh: '列单', en: 'listed it for disposal' };
    case IncidentEventType.WarningIssued:
      return { zh: `发布${e.data.level}级预警`, en: `issued a grade ${e.data.level} warning` };
    case IncidentEventType.WarningAdjusted:
      return { zh: `调整预警为${e.data.level}级`, en: `adjusted the warning to grade ${e.data.level}` };
    case IncidentEventType.WarningLifted:
      return { zh: '解除预警', en: 'lifted the warning' };
    case IncidentEventType.Escalated:
      return {
        zh: `上报${e.data.to.map((t) => ESCALATION_LABELS[t].zh.replace(/^报/, '')).join('、')}`,
        en: `escalated to ${e.data.to.map((t) => ESCALATION_LABELS[t].en).join(' and ')}`,
      };
    case IncidentEventType.LinkageActivated:
      return { zh: '启动"1+3+N"联动', en: 'activated the 1+3+N linkage' };
    case IncidentEventType.LinkageMembersAdded:
      return {
        zh: `增加联动单位：${e.data.unitIds.map(unitMention).join('、')}`,
        en: `added linkage members: ${e.data.unitIds.map(unitMention).join(', ')}`,
      };
    case IncidentEventType.LinkageMemberReleased:
      return {
        zh: `解除联动单位：${unitMention(e.data.unitId)}`,
        en: `released a linkage member: ${unitMention(e.data.unitId)}`,
      };
    case IncidentEventType.JointConferenceRecorded:
      return {
        zh: `召开联席会议（${e.data.decisions.length} 项决定）`,
        en: `held a joint conference (${e.data.decisions.length} decisions)`,
      };
    case IncidentEventType.Calmed:
      return { zh: '标记舆情平息', en: 'marked it calmed' };
    case IncidentEventType.Closed:
      return { zh: '办结', en: 'closed it' };
    case IncidentEventType.Reopened:
      return { zh: '重新打开', en: 'reopened it' };
    case IncidentEventType.ReviewFiled:
      return { zh: '提交总结评估', en: 'filed the review' };
    case IncidentEventType.AccountabilityRecorded:
      return {
        zh: `记录追责（${e.data.findings.length} 条）`,
        en: `recorded ${e.data.findings.length} accountability finding(s)`,
      };
    case IncidentEventType.ResponsibilityNamed: {
      const { guarantor: g, tracker: t } = e.data;
      const zh = [g && `包保领导：${g.name}${g.post ? `（${g.post}）` : ''}`, t && `跟踪专人：${t.name}`];
      const en = [g && `guarantor leader ${g.name}${g.post ? ` (${g.post})` : ''}`, t && `tracker ${t.name}`];
      return { zh: `指定${zh.filter(Boolean).join('；')}`, en: `named ${en.filter(Boolean).join('; ')}` };
    }
    case IncidentEventType.TakenUpLocally:
      return { zh: '乡镇自行处置（一般舆情）', en: 'took it up as the township (grade IV)' };
    case IncidentEventType.TakenOver:
      return {
        zh: `县中心接管（原由${unitMention(e.data.fromUnitId)}自行处置）：${e.data.reason}`,
        en: `took it over from ${unitMention(e.data.fromUnitId)}: ${e.data.reason}`,
      };
    case IncidentEventType.Supplemented:
      return { zh: `补充情况：${e.data.text}`, en: `added: ${e.data.text}` };
    case IncidentEventType.SpreadReadingRecorded: {
      const f = e.data.spread;
      const by = e.data.sourceName ? `（${e.data.sourceName}）` : '';
      return {
        zh: `传播数据${by}：发帖 ${f.posts}、转发 ${f.reposts}、跟帖 ${f.comments}、点击 ${f.views}、主流媒体 ${f.mainstreamMediaPickups}`,
        en: `spread${e.data.sourceName ? ` (${e.data.sourceName})` : ''}: ${f.posts} posts, ${f.reposts} reposts, ${f.comments} comments, ${f.views} views, ${f.mainstreamMediaPickups} media`,
      };
    }
    case IncidentEventType.ReassessmentSuggested:
      return {
        zh: `传播数据已达 ${e.data.suggestedGrade} 级标准${e.data.grade ? `（现为 ${e.data.grade} 级）` : ''}，提请重新研判`,
        en: `the spread reached grade ${e.data.suggestedGrade}'s criteria${e.data.grade ? ` (now grade ${e.data.grade})` : ''}: assess again`,
      };
    case IncidentEventType.TaskAttached:
    case IncidentEventType.TaskSettled:
      // The task's own events say it better.
      return null;
  }
}
