import { RollbackOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Popconfirm, type ButtonProps } from 'antd';
import { useMemo, useState } from 'react';
import { FormModal } from './FormModal';
import { ReasonDialog } from './ReasonDialog';
import { UnitPicker } from './UnitPicker';
import { graphql } from '../gql';
import {
  DEFAULT_ADDRESSEES,
  DEFAULT_FLASH_ADDRESSEES,
  LIMITS,
  PAPER,
  type ReportKind,
  suggestionLines,
  type SpecialReportContent,
  type SpecialReportDraft,
} from '../lib/special-reports';
import { useSubmit } from '../lib/submit';
import { unitTree, useUnits } from '../lib/units';

const SAVE = graphql(`
  mutation ConsoleSaveSpecialReportDraft($input: SaveSpecialReportDraftInput!) {
    saveSpecialReportDraft(input: $input) {
      ...SpecialReportFields
    }
  }
`);
const WITHDRAW = graphql(`
  mutation ConsoleWithdrawSpecialReport($input: WithdrawSpecialReportInput!) {
    withdrawSpecialReport(input: $input) {
      ...SpecialReportFields
    }
  }
`);
const ISSUE = graphql(`
  mutation ConsoleIssueSpecialReport($id: ID!, $expectedVersion: Int) {
    issueSpecialReport(id: $id, expectedVersion: $expectedVersion) {
      ...SpecialReportFields
    }
  }
`);

interface EditorForm {
  title: string;
  summary: string;
  spread?: string;
  measuresTaken?: string;
  analysis: string;
  suggestions: string;
  addressees: string;
  copyUnitIds?: string[];
}

const length =
  (what: string, [min, max]: readonly [number, number]) =>
  (_: unknown, v?: string) => {
    const n = (v ?? '').trim().length;
    if (n === 0) return Promise.reject(new Error(`请填写${what}`));
    if (n < min) return Promise.reject(new Error(`${what}至少 ${min} 个字`));
    if (n > max) return Promise.reject(new Error(`${what}不超过 ${max} 个字`));
    return Promise.resolve();
  };

/** Lines typed one a line: trimmed, blanks dropped (the API does the same). */
const lines = (text?: string) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * 编写 / 修改舆情专报 or 快报: the centre's writer drafts the report on an incident (a new one starts from what the
 * incident's page knows, `start`; a 快报 the platform pre-filled is revised like any draft) or revises a draft on top
 * of the version he saw. Each save is a new revision; the leader signs off the last one. A 快报 has five parts
 * (事件概况, 传播情况, 研判分析, 已采取措施, 下步建议), a 专报 three.
 */
export function SpecialReportEditor({
  open,
  incidentId,
  report,
  start,
  onClose,
  onSaved,
}: {
  open: boolean;
  incidentId: string;
  /** The draft to revise; absent for a new report. */
  report?: SpecialReportDraft | null;
  /** A new report's first words. */
  start?: Partial<SpecialReportContent>;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const units = useUnits();
  const save = useSubmit(SAVE);
  const tree = useMemo(() => unitTree(units.list), [units.list]);
  const from = report ?? start ?? {};
  const kind: ReportKind = from.kind ?? 'SPECIAL';
  const flash = kind === 'FLASH';
  const paper = PAPER[kind];
  const n = flash ? ['一', '二', '三', '四', '五'] : ['一', '', '二', '', '三'];
  return (
    <FormModal<EditorForm>
      open={open}
      title={report ? `修改${paper}（已存第 ${report.draftRevision} 稿）` : `编写${paper}`}
      okText="保存稿件"
      width={780}
      loading={save.loading}
      testId="special-report-form"
      onClose={onClose}
      initialValues={{
        title: from.title ?? '',
        summary: from.summary ?? '',
        spread: from.spread ?? '',
        measuresTaken: (from.measuresTaken ?? []).join('\n'),
        analysis: from.analysis ?? '',
        suggestions: (from.suggestions ?? []).join('\n'),
        addressees: from.addressees ?? (flash ? DEFAULT_FLASH_ADDRESSEES : DEFAULT_ADDRESSEES),
        copyUnitIds: from.copyUnitIds ?? [],
      }}
      onSubmit={async (f) => {
        const r = await save.run(
          {
            input: {
              id: report?.id,
              incidentId,
              kind,
              title: f.title.trim(),
              summary: f.summary.trim(),
              ...(flash ? { spread: (f.spread ?? '').trim(), measuresTaken: lines(f.measuresTaken) } : {}),
              analysis: f.analysis.trim(),
              suggestions: suggestionLines(f.suggestions),
              addressees: f.addressees.trim(),
              copyUnitIds: f.copyUnitIds ?? [],
              expectedVersion: report?.version,
            },
          },
          report ? `${paper}稿件已修改保存` : `${paper}稿件已保存，待领导签发`,
        );
        if (r) onSaved?.(r.saveSpecialReportDraft.id);
        return !!r;
      }}
    >
      <Alert
        type="info"
        showIcon
        className="special-report-form-hint"
        message={
          flash
            ? '快报经县中心领导签发后，编入当年快报期号，直报分管县领导、县主要领导（II 级及以上）和市委网信办；签发前可多次修改。'
            : '专报经县中心领导签发后，编入当年期号，报送县委、县政府领导，同时发送抄送单位主要领导；签发前可多次修改。'
        }
      />
      {report?.prefilledReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          message="本稿由平台根据事件记录预填，请核实、补充最新传播情况后再报领导签发。"
        />
      )}
      <Form.Item name="title" label="标题" rules={[{ validator: length('标题', LIMITS.title) }]}>
        <Input maxLength={LIMITS.title[1]} showCount />
      </Form.Item>
      <Form.Item
        name="summary"
        label={`${n[0]}、事件概况`}
        rules={[{ validator: length('事件概况', LIMITS.summary) }]}
        extra={flash ? '何时、何地、何平台出现什么信息' : '事件发生经过、网上传播情况及目前处置进展'}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={LIMITS.summary[1]} showCount />
      </Form.Item>
      {flash && (
        <Form.Item
          name="spread"
          label="二、传播情况"
          rules={[{ validator: length('传播情况', LIMITS.spread) }]}
          extra="首发平台、转发评论浏览量、媒体转载、扩散趋势"
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={LIMITS.spread[1]} showCount />
        </Form.Item>
      )}
      <Form.Item
        name="analysis"
        label={`${n[2]}、研判分析`}
        rules={[{ validator: length('研判分析', LIMITS.analysis) }]}
        extra="舆情走势、风险点、可能引发的次生舆情"
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={LIMITS.analysis[1]} showCount />
      </Form.Item>
      {flash && (
        <Form.Item
          name="measuresTaken"
          label="四、已采取措施（每行一条）"
          rules={[
            {
              validator: (_, v?: string) =>
                lines(v).length > LIMITS.measures
                  ? Promise.reject(new Error(`已采取措施不超过 ${LIMITS.measures} 条`))
                  : Promise.resolve(),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} placeholder="例：已向东湖镇派单核实" />
        </Form.Item>
      )}
      <Form.Item
        name="suggestions"
        label={`${n[4]}、${flash ? '下步建议' : '处置建议'}（每行一条）`}
        rules={[
          {
            validator: (_, v?: string) => {
              const items = suggestionLines(v);
              if (items.length === 0) return Promise.reject(new Error('请至少填写一条处置建议'));
              if (items.length > LIMITS.suggestions)
                return Promise.reject(new Error(`处置建议不超过 ${LIMITS.suggestions} 条`));
              const long = items.findIndex((l) => l.length > LIMITS.suggestionLength);
              if (long >= 0)
                return Promise.reject(
                  new Error(`第 ${long + 1} 条建议超过 ${LIMITS.suggestionLength} 字，请拆分`),
                );
              return Promise.resolve();
            },
          },
        ]}
        extra="文中自动编号为（一）（二）……，无须自行编号"
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          placeholder={
            '例：由东湖镇牵头，三日内完成补偿款核查发放并公开结果\n例：县融媒体中心适时发布权威信息，回应群众关切'
          }
        />
      </Form.Item>
      <Form.Item
        name="addressees"
        label="报送"
        rules={[{ validator: length('报送对象', LIMITS.addressees) }]}
      >
        <Input maxLength={LIMITS.addressees[1]} />
      </Form.Item>
      <Form.Item
        name="copyUnitIds"
        label="抄送单位（涉事单位、主管职能部门）"
        extra="签发后送达各单位主要领导的待办；县委宣传部同时收到，无须抄送"
        rules={[
          {
            type: 'array',
            max: LIMITS.copyUnits,
            message: `抄送单位不超过 ${LIMITS.copyUnits} 个`,
          },
        ]}
      >
        <UnitPicker
          many
          treeData={tree}
          treeDefaultExpandAll
          placeholder="选择乡镇、部门"
          maxTagCount="responsive"
          data-testid="special-report-copies"
        />
      </Form.Item>
    </FormModal>
  );
}

/**
 * 签发: the centre's leader fixes the last draft; it takes the year's next number and goes to the propaganda
 * department and the units copied. A Popconfirm says so, and that nothing changes afterwards.
 */
export function IssueSpecialReportButton({
  report,
  onIssued,
  ...button
}: {
  report: { id: string; kind?: string | null; copyNames: string[]; version: number };
  /** After the answer, whatever it was: a draft revised meanwhile (VERSION_CONFLICT) is shown for reading. */
  onIssued?: () => void;
} & Omit<ButtonProps, 'onClick'>) {
  const units = useUnits();
  const issue = useSubmit(ISSUE);
  const propaganda = units.list.find((u) => u.kind === 'PROPAGANDA_DEPT' && u.active)?.name ?? '县委宣传部';
  const flash = report.kind === 'FLASH';
  const to = flash
    ? ['分管县领导、县主要领导（II 级及以上）', '市委网信办', ...report.copyNames]
    : [propaganda, ...report.copyNames.filter((n) => n !== propaganda)];
  return (
    <Popconfirm
      title={flash ? '签发舆情快报' : '签发舆情专报'}
      description={
        <div className="special-report-confirm">
          签发后编入本年度{flash ? '快报' : ''}期号，即送{to.join('、')}
          {flash ? '' : '主要领导'}；签发后不能再修改。
        </div>
      }
      okText="签发"
      cancelText="取消"
      onConfirm={() =>
        // What he read is what goes out: a draft saved since is refused, and shown to him.
        issue
          .run(
            { id: report.id, expectedVersion: report.version },
            flash ? '快报已签发并报送' : '专报已签发并报送',
          )
          .then(() => onIssued?.())
      }
    >
      <Button
        type="primary"
        icon={<SafetyCertificateOutlined />}
        loading={issue.loading}
        data-testid="special-report-issue"
        {...button}
      >
        签发
      </Button>
    </Popconfirm>
  );
}

/**
 * 撤回: the centre will not send this draft (written in error, overtaken by events). The reason is required and
 * kept with the report; afterwards it is neither revised nor signed off. Offered on drafts to those who may write.
 */
export function WithdrawSpecialReportButton({
  report,
  onWithdrawn,
  ...button
}: {
  report: { id: string; kind?: string | null; version: number };
  onWithdrawn?: () => void;
} & Omit<ButtonProps, 'onClick'>) {
  const [open, setOpen] = useState(false);
  const withdraw = useSubmit(WITHDRAW);
  return (
    <>
      <Button
        icon={<RollbackOutlined />}
        onClick={() => setOpen(true)}
        data-testid="special-report-withdraw"
        {...button}
      >
        撤回
      </Button>
      <ReasonDialog
        open={open}
        title={`撤回${report.kind === 'FLASH' ? '快报' : '专报'}稿件`}
        okText="撤回"
        label="撤回理由"
        rows={3}
        maxLength={500}
        placeholder="如：事件已平息，不再报送"
        loading={withdraw.loading}
        onClose={() => setOpen(false)}
        testId="special-report-withdraw-form"
        note={
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            message="撤回后该稿件不再修改或签发，仍保留在列表中备查；如仍需报送，请另编一期。"
          />
        }
        onSubmit={async (reason) => {
          const done = await withdraw.run(
            { input: { id: report.id, reason, expectedVersion: report.version } },
            `${report.kind === 'FLASH' ? '快报' : '专报'}稿件已撤回`,
          );
          onWithdrawn?.();
          return !!done;
        }}
      />
    </>
  );
}
