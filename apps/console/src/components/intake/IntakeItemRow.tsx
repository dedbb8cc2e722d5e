import { Space, Tag, Typography } from 'antd';
import type { ConsoleIntakeQueueQuery } from '../../gql/graphql';
import { label } from '../../lib/labels';
import { fmt } from '../../lib/time';

export type IntakeItem = ConsoleIntakeQueueQuery['intakeQueue']['edges'][number]['node'];

/** One item as the duty officer reads it: title, where and when, who reported it, its reach, what it matched. */
export function IntakeItemRow({ item }: { item: IntakeItem }) {
  return (
    <div className="intake-item" data-testid={`intake-item-${item.id}`}>
      <Space size={6} wrap>
        {item.flagged && <Tag color="red">关注命中</Tag>}
        <Typography.Text strong>{item.title}</Typography.Text>
        <Tag>{label('Platform', item.platform)}</Tag>
        {item.sources.length > 1 && <Tag color="blue">{item.sources.length} 个来源</Tag>}
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
    </div>
  );
}
