import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Empty, List, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { errorText, useSubmit } from '../../lib/submit';
import { ReasonDialog } from '../ReasonDialog';
import { AttachIntakeDialog } from './AttachIntakeDialog';
import { ARCHIVE_INTAKE, ATTACH_INTAKE, INTAKE_QUEUE, REGISTER_INTAKE } from './intake-queries';
import { IntakeItemRow, type IntakeItem } from './IntakeItemRow';
import { RegisterIntakeDialog } from './RegisterIntakeDialog';

type Step = 'register' | 'attach' | 'archive' | null;
type Outcome = { itemId: string; errorMessage?: string | null };

/**
 * 待研判: the county's items, watch-list hits first, then newest. Select one or many, then 登记 / 并入 / 归档 — by
 * button or key (R, A, X). Offered as each item's allowedActions say (ADR 0017); an item stays until decided.
 */
export function IntakeQueueCard() {
  const { message } = App.useApp();
  const nav = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: INTAKE_QUEUE,
    variables: { first: 50 },
    requestPolicy: 'cache-and-network',
  });
  const items = data?.intakeQueue.edges.map((e) => e.node) ?? [];
  const [selected, setSelected] = useState<string[]>([]);
  const [step, setStep] = useState<Step>(null);
  const chosen = items.filter((i) => selected.includes(i.id));
  const offered = (a: string) =>
    chosen.length > 0 && chosen.every((i) => i.allowedActions.includes(a as never));
  const register = useSubmit(REGISTER_INTAKE);
  const attach = useSubmit(ATTACH_INTAKE);
  const archive = useSubmit(ARCHIVE_INTAKE);

  useEffect(() => {
    // Keys act on the selection when no dialog or field has the focus.
    const onKey = (e: KeyboardEvent) => {
      if (step || e.ctrlKey || e.metaKey || e.altKey) return;
      // A text field keeps its letters; a ticked checkbox (the usual focus here) does not.
      const target = e.target as HTMLInputElement | null;
      const typing =
        target?.tagName === 'TEXTAREA' ||
        target?.tagName === 'SELECT' ||
        (target?.tagName === 'INPUT' && !['checkbox', 'radio'].includes(target.type));
      if (typing || target?.isContentEditable) return;
      const key = e.key.toLowerCase();
      if (key === 'r' && offered('registerIntakeItems')) setStep('register');
      else if (key === 'a' && offered('attachIntakeItems')) setStep('attach');
      else if (key === 'x' && offered('archiveIntakeItems')) setStep('archive');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  /** Says which items were refused and why; the rest are done and leave the queue. */
  function settle(outcomes: Outcome[]) {
    // The success itself was said by useSubmit; the items refused (decided meanwhile by a colleague) are named.
    const refused = outcomes.filter((o) => o.errorMessage);
    if (refused.length)
      message.warning(`${refused.length} 条未处理：${refused.map((o) => o.errorMessage).join('；')}`, 6);
    setSelected([]);
    refetch({ requestPolicy: 'network-only' });
    return true;
  }

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));

  return (
    <Card
      size="small"
      data-testid="intake-queue"
      title={
        <Space>
          <span>待研判</span>
          <Typography.Text type="secondary">
            {data ? `${data.intakeQueue.totalCount} 条` : ''}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space wrap>
          <Checkbox
            checked={items.length > 0 && selected.length === items.length}
            indeterminate={selected.length > 0 && selected.length < items.length}
            onChange={(e) => setSelected(e.target.checked ? items.map((i) => i.id) : [])}
            data-testid="intake-select-all"
          >
            全选
          </Checkbox>
          <Button
            type="primary"
            disabled={!offered('registerIntakeItems')}
            onClick={() => setStep('register')}
            data-testid="intake-register-btn"
          >
            登记为新事件 (R)
          </Button>
          <Button
            disabled={!offered('attachIntakeItems')}
            onClick={() => setStep('attach')}
            data-testid="intake-attach-btn"
          >
            并入事件 (A)
          </Button>
          <Button
            danger
            disabled={!offered('archiveIntakeItems')}
            onClick={() => setStep('archive')}
            data-testid="intake-archive-btn"
          >
            归档 (X)
          </Button>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => refetch({ requestPolicy: 'network-only' })}
            aria-label="刷新"
          />
        </Space>
      }
    >
      {error && (
        <Alert type="error" showIcon message={`加载失败：${errorText(error)}`} style={{ marginBottom: 8 }} />
      )}
      <List<IntakeItem>
        loading={fetching && !data}
        dataSource={items}
        locale={{ emptyText: <Empty description="暂无待研判的线索" /> }}
        renderItem={(item) => (
          <List.Item>
            <Space align="start">
              <Checkbox
                checked={selected.includes(item.id)}
                onChange={(e) => toggle(item.id, e.target.checked)}
                aria-label={`选择：${item.title}`}
                data-testid={`intake-select-${item.id}`}
              />
              <IntakeItemRow item={item} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
            </Space>
          </List.Item>
        )}
      />
      <RegisterIntakeDialog
        items={chosen}
        open={step === 'register'}
        loading={register.loading}
        onClose={() => setStep(null)}
        onSubmit={async (v) => {
          const r = await register.run(
            { input: { itemIds: chosen.map((i) => i.id), title: v.title, confidential: v.confidential } },
            '已登记为新事件',
          );
          if (!r) return false;
          settle(r.registerIntakeItems.outcomes);
          void nav(`/incidents/${r.registerIntakeItems.incidentId}`);
          return true;
        }}
      />
      <AttachIntakeDialog
        count={chosen.length}
        open={step === 'attach'}
        loading={attach.loading}
        onClose={() => setStep(null)}
        onSubmit={async (v) => {
          const r = await attach.run(
            { input: { itemIds: chosen.map((i) => i.id), incidentId: v.incidentId } },
            '已并入事件',
          );
          return r ? settle(r.attachIntakeItems) : false;
        }}
      />
      <ReasonDialog
        open={step === 'archive'}
        title={`归档（${chosen.length} 条线索）`}
        label="归档理由"
        placeholder="如：与本县无关、信息重复、已核实不实"
        maxLength={500}
        loading={archive.loading}
        testId="intake-archive"
        onClose={() => setStep(null)}
        onSubmit={async (reason) => {
          const r = await archive.run({ input: { itemIds: chosen.map((i) => i.id), reason } }, '已归档');
          return r ? settle(r.archiveIntakeItems) : false;
        }}
      />
    </Card>
  );
}
