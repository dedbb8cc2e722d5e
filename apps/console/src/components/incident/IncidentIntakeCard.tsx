import { LinkOutlined } from '@ant-design/icons';
import { Card, List, Space, Tag, Typography } from 'antd';
import { graphql } from '../../gql';
import type { IncidentIntakeFieldsFragment } from '../../gql/graphql';
import { label } from '../../lib/labels';
import { fmt } from '../../lib/time';

graphql(`
  fragment IncidentIntakeFields on Incident {
    id
    intakeItems {
      id
      title
      platform
      url
      author
      publishedAt
      status
      sources {
        sourceName
      }
      readings {
        at
      }
    }
  }
`);

/** 关联舆情线索: the posts the incident took in from the monitors (registered from or attached), its evidence. */
export function IncidentIntakeCard({ incident: inc }: { incident: IncidentIntakeFieldsFragment }) {
  if (!inc.intakeItems.length) return null;
  return (
    <Card size="small" title="关联舆情线索" data-testid="incident-intake">
      <List
        size="small"
        dataSource={inc.intakeItems}
        renderItem={(i) => (
          <List.Item>
            <Space direction="vertical" size={0}>
              <Space size={6} wrap>
                <Typography.Text strong>{i.title}</Typography.Text>
                <Tag>{label('Platform', i.platform)}</Tag>
                <Tag color="blue">{label('IntakeItemStatus', i.status)}</Tag>
              </Space>
              <span className="muted">
                {i.author || '—'} · 发布 {fmt(i.publishedAt)} · 来源{' '}
                {i.sources.map((s) => s.sourceName).join('、')} · 传播读数 {i.readings.length} 次
                {i.url && (
                  <>
                    {' · '}
                    <a href={i.url} target="_blank" rel="noreferrer noopener">
                      <LinkOutlined /> 原帖
                    </a>
                  </>
                )}
              </span>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
