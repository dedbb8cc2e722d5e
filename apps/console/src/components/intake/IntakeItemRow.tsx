import { Button, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { FormModal } from '../FormModal';
import { MARK_INTAKE_REPLIED } from './intake-queries';
import type { IntakeQueueItemFragment } from '../../gql/graphql';
import { label } from '../../lib/labels';
import { useSubmit } from '../../lib/submit';
import { dueText, fmt } from '../../lib/time';

export type IntakeItem = IntakeQueueItemFragment;

/**
 * A 留言板/信箱 message's own reply deadline, counted down like a task's, and 标记已回复 where the item offers it
 * (issue 23): the reminders stop once it is marked.
 */
function ReplyDeadline({ item, onChanged }: { item: IntakeItem; onChanged?: () => void }) {
  const [open, setOpen] = useState(false);
  const mark = useSubmit(MARK_INTAKE_REPLIED);
  if (!item.replyDueAt) return null;
  if (item.repliedAt) return <Tag color="green">已回复 {fmt(item.repliedAt)}</Tag>;
  const due = dueText(item.replyDueAt);
  return (
    <>
      <Tag color={due.overdue ? 'red' : due.soon ? 'orange' : 'blue'} data-testid={`reply-due-${item.id}`}>
        回复时限 {fmt(item.replyDueAt)}（{due.text}）
      </Tag>
      {item.allowedActions.includes('markIntakeItemReplied') && (
        <Button size="small" data-testid={`mark-replied-${item.id}`} onClick={() => setOpen(true)}>
          标记已回复
        </Button>
      )}
      <FormModal<{ note: string }>
        open={open}
        title="标记留言已回复"
        onClose={() => setOpen(false)}
        loading={mark.loading}
        onSubmit={async ({ note }) => {
          const r = await mark.run({ input: { itemId: item.id, note } }, '已标记回复，回复提醒已停止');
          if (r) onChanged?.();
          return !!r;
        }}
      >
        <Form.Item
          name="note"
          label="回复情况"
          rules={[{ required: true, whitespace: true, message: '请写明由谁、如何回复' }]}
        >
          <Input.TextArea rows={3} maxLength={500} placeholder="如：已由西山镇在领导留言板答复" />
        </Form.Item>
      </FormModal>
    </>
  );
}

/** One item as the duty officer reads it: title, where and when, who reported it, its reach, what it matched. */
export function IntakeItemRow({ item, onChanged }: { item: IntakeItem; onChanged?: () => void }) {
  return (
    <div className="intake-item" data-testid={`intake-item-${item.id}`}>
      <Space size={6} wrap>
        {item.flagged && <Tag color="red">关注命中</Tag>}
        <Typography.Text strong>{item.title}</Typography.Text>
        <Tag>{label('Platform', item.platform)}</Tag>
        {item.sources.length > 1 && <Tag color="blue">{item.sources.length} 个来源</Tag>}
        <ReplyDeadline item={item} onChanged={onChanged} />
      </Space>
      <Typography.Paragraph
        type="secondary"
        ellipsis={{ rows: 2, expandable: true, symbol: '展开' }}
        style={{ margin: '4px 0' }}
      >
        {item.text}
      </Typography.Paragraph>
      <Space size={12} wrap style={{ fontSize: 12, color: '#666' }}>
        <span>来源：{item.sources.map((s) => s.sourceName).join('、')}</span>
        <span>发布：{fmt(item.publishedAt)}</span>
        <span>
          阅读 {item.spread.views} · 转发 {item.spread.reposts} · 评论 {item.spread.comments}
        </span>
        {item.watchHits.length > 0 && (
          <span>命中：{item.watchHits.map((h) => `${h.list}「${h.term}」`).join('、')}</span>
        )}
        {item.url && (
          <a href={item.url} target="_blank" rel="noreferrer noopener">
            原帖链接
          </a>
        )}
      </Space>
      <SourcePosts item={item} />
    </div>
  );
}

/**
 * What each other source sent when its copy joined this item (its own link, author and words), so the duty officer
 * can see the merge was right: nothing a monitor reported is lost.
 */
function SourcePosts({ item }: { item: IntakeItem }) {
  const joined = item.sources.filter((s) => s.post);
  if (!joined.length) return null;
  return (
    <div style={{ fontSize: 12, marginTop: 4 }}>
      {joined.map((s) => (
        <Typography.Paragraph
          key={`${s.sourceId}/${s.externalId}`}
          type="secondary"
          data-testid={`intake-source-post-${item.id}-${s.externalId}`}
          ellipsis={{ rows: 1, expandable: true, symbol: '展开' }}
          style={{ margin: 0, fontSize: 12 }}
        >
          {s.sourceName}报送：{s.post!.title !== item.title ? `${s.post!.title}：` : ''}
          {s.post!.text}（作者 {s.post!.author}）
          {s.post!.url && s.post!.url !== item.url && (
            <>
              {' '}
              <a href={s.post!.url} target="_blank" rel="noreferrer noopener">
                该来源链接
              </a>
            </>
          )}
        </Typography.Paragraph>
      ))}
    </div>
  );
}
