import { RecordAttachments } from '../attachments/RecordAttachments';
import { RecordDocuments } from '../RecordDocuments';
import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Card, Empty, Form, Input, Radio, Tag } from 'antd';
import { useMemo } from 'react';
import { settled, type CardDialogs } from './shared';
import { FormModal } from '../FormModal';
import { GradeTag } from '../tags';
import { UnitPicker } from '../UnitPicker';
import { graphql } from '../../gql';
import type { Grade, IncidentLettersFieldsFragment } from '../../gql/graphql';
import { options } from '../../lib/labels';
import { useSubmit } from '../../lib/submit';
import { fmt } from '../../lib/time';
import { unitTree, useUnits } from '../../lib/units';

graphql(`
  fragment IncidentLettersFields on Incident {
    id
    title
    grade
    warning {
      active
      level
      object
      scope
      matters
      measures
      scopeUnitIds
    }
    letters {
      id
      title
      level
      risk
      scope
      watchPoints
      requestedMeasures
      sentAt
      receiptDueAt
      allowedActions
      receipts {
        unitId
        signed
        signedAt
      }
    }
  }
`);

const SEND = graphql(`
  mutation ConsoleSendLetter($input: SendRiskLetterInput!) {
    sendRiskLetter(input: $input) {
      id
    }
  }
`);

interface LetterForm {
  recipientUnitIds: string[];
  title: string;
  level: Grade;
  risk: string;
  scope: string;
  watchPoints: string;
  requestedMeasures: string;
}

/**
 * The letter starts from what the incident already says (issue 20 §5): the warning in force gives the level, the
 * risk (its matters), the scope and the units in it, what to watch (its object) and what to do (its measures).
 */
function letterFromWarning(inc: IncidentLettersFieldsFragment): Partial<LetterForm> {
  const w = inc.warning?.active ? inc.warning : null;
  return {
    title: `关于“${inc.title}”舆情风险的提示函`,
    level: w?.level ?? inc.grade ?? 'IV',
    ...(w && {
      recipientUnitIds: w.scopeUnitIds,
      risk: w.matters,
      scope: w.scope,
      watchPoints: w.object,
      requestedMeasures: w.measures,
    }),
  };
}

/** 一函 · 风险提示函: the letters sent on the incident with each recipient's receipt; sending one here. */
export function LettersCard({
  incident: inc,
  dialog,
  onClose,
  onChanged,
}: { incident: IncidentLettersFieldsFragment } & CardDialogs) {
  const units = useUnits();
  const tree = useMemo(() => unitTree(units.list), [units.list]);
  const send = useSubmit(SEND);
  const done = settled(onChanged);
  const now = Date.now();
  return (
    <>
      <Card size="small" title="一函 · 风险提示函" style={{ marginTop: 16 }} data-testid="letters">
        {inc.letters.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未发送提示函" />
        ) : (
          inc.letters.map((l) => (
            <div key={l.id} className="letter">
              <div className="letter-head">
                <GradeTag grade={l.level} /> <b>{l.title}</b>
                <span className="muted">
                  {' '}
                  · {fmt(l.sentAt)} 发出 · 签收时限 {fmt(l.receiptDueAt)}
                </span>
              </div>
              <div className="muted">
                风险：{l.risk}；关注：{l.watchPoints}；要求：{l.requestedMeasures}
              </div>
              <div className="receipts">
                {l.receipts.map((r) => (
                  <Tag
                    key={r.unitId}
                    color={r.signed ? 'green' : now > new Date(l.receiptDueAt).getTime() ? 'red' : 'gold'}
                    icon={r.signed ? <CheckCircleFilled /> : <ClockCircleOutlined />}
                  >
                    {units.name(r.unitId)} {r.signed ? `已签收 ${fmt(r.signedAt)}` : '未签收'}
                  </Tag>
                ))}
              </div>
              <RecordDocuments kind="RISK_LETTER" recordId={l.id} />
              <RecordAttachments
                recordKind="LETTER"
                recordId={l.id}
                mayAttach={l.allowedActions.includes('attachFile')}
              />
            </div>
          ))
        )}
      </Card>

      <FormModal<LetterForm>
        open={dialog === 'letter'}
        title="发送网络风险提示函"
        onClose={onClose}
        loading={send.loading}
        width={680}
        testId="letter-form"
        initialValues={letterFromWarning(inc)}
        onSubmit={async (f) => done(await send.run({ input: { ...f, incidentId: inc.id } }, '提示函已发送'))}
      >
        <Form.Item
          name="recipientUnitIds"
          label="收函单位"
          rules={[{ required: true, message: '请选择收函单位' }]}
        >
          <UnitPicker
            many
            treeData={tree}
            treeDefaultExpandAll
            placeholder="选择乡镇、部门"
            data-testid="letter-recipients"
          />
        </Form.Item>
        <Form.Item name="title" label="标题" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="level" label="风险等级" rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={options('Grade', (l) => l.replace(/（.*）/, ''))} />
        </Form.Item>
        <Form.Item name="risk" label="风险" rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="scope" label="范围" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="watchPoints" label="关注重点" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="requestedMeasures" label="工作要求" rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </>
  );
}
