import { Alert, Button, Card, Col, DatePicker, Form, InputNumber, Row, Table } from 'antd';
import { Chart } from '../Chart';
import { FormModal } from '../FormModal';
import { offers, settled, type CardDialogs } from './shared';
import { graphql } from '../../gql';
import type { IncidentSpreadFieldsFragment } from '../../gql/graphql';
import { useSubmit } from '../../lib/submit';
import { bj, dayjs, fmt } from '../../lib/time';

graphql(`
  fragment IncidentSpreadFields on Incident {
    id
    version
    grade
    discoveredAt
    allowedActions
    spread {
      posts
      reposts
      comments
      views
      mainstreamMediaPickups
    }
    spreadReadings {
      observedAt
      sourceName
      recordedAt
      spread {
        posts
        reposts
        comments
        views
        mainstreamMediaPickups
      }
    }
    reassessment {
      grade
      suggestedGrade
      reasons {
        figure
        label
        value
        threshold
      }
      at
    }
  }
`);

const RECORD = graphql(`
  mutation ConsoleRecordSpreadReading($input: RecordSpreadReadingInput!) {
    recordSpreadReading(input: $input) {
      id
      version
    }
  }
`);

interface ReadingForm {
  posts: number;
  reposts: number;
  comments: number;
  views: number;
  mainstreamMediaPickups: number;
  observedAt: dayjs.Dayjs;
}

type Figures = IncidentSpreadFieldsFragment['spread'];
interface Point {
  at: string;
  source: string;
  spread: Figures;
}

/**
 * 传播趋势 (issue 23): the figures at registration and every later reading, as a curve and a table; the request to
 * assess again when a reading reached a graver grade's criteria (the county's 传播分级标准); 记录传播数据 for the centre.
 */
export function SpreadCard({
  incident: inc,
  dialog,
  onDialog,
  onClose,
  onChanged,
}: { incident: IncidentSpreadFieldsFragment } & CardDialogs) {
  const record = useSubmit(RECORD);
  const done = settled(onChanged);
  const points: Point[] = [
    { at: inc.discoveredAt, source: '登记', spread: inc.spread },
    ...inc.spreadReadings.map((r) => ({
      at: r.observedAt,
      source: r.sourceName ?? '人工记录',
      spread: r.spread,
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const latest = points[points.length - 1].spread;
  const series = (name: string, pick: (f: Figures) => number, yAxisIndex = 0) => ({
    name,
    type: 'line',
    yAxisIndex,
    data: points.map((p) => pick(p.spread)),
  });
  const r = inc.reassessment;
  return (
    <>
      <Card
        size="small"
        title="传播趋势"
        data-testid="spread-card"
        extra={
          offers(inc, 'recordSpreadReading') && (
            <Button size="small" data-testid="record-spread" onClick={() => onDialog('spread')}>
              记录传播数据
            </Button>
          )
        }
      >
        {r && (
          <Alert
            type="warning"
            showIcon
            data-testid="reassessment-alert"
            style={{ marginBottom: 12 }}
            message={`传播数据已达 ${r.suggestedGrade} 级标准，${r.grade ? `现为 ${r.grade} 级，` : '事件尚未研判，'}请重新研判`}
            description={`${r.reasons.map((x) => `${x.label} ${x.value}（标准 ${x.threshold}）`).join('；')} · ${fmt(r.at)}`}
            action={
              offers(inc, 'assessIncident') && (
                <Button size="small" type="primary" onClick={() => onDialog('assess')}>
                  重新研判
                </Button>
              )
            }
          />
        )}
        <div className="muted" style={{ marginBottom: 8 }}>
          最新：发帖 {latest.posts} · 转发 {latest.reposts} · 跟帖 {latest.comments} · 点击 {latest.views} ·
          主流媒体 {latest.mainstreamMediaPickups} 家（共 {points.length} 次读数）
        </div>
        {points.length > 1 && (
          <Chart
            testId="spread-chart"
            height={220}
            option={{
              tooltip: { trigger: 'axis' },
              legend: { top: 0 },
              grid: { left: 48, right: 56, top: 32, bottom: 24 },
              xAxis: { type: 'category', data: points.map((p) => bj(p.at).format('MM-DD HH:mm')) },
              yAxis: [
                { type: 'value', name: '条' },
                { type: 'value', name: '点击' },
              ],
              series: [
                series('发帖', (f) => f.posts),
                series('转发', (f) => f.reposts),
                series('跟帖', (f) => f.comments),
                series('点击', (f) => f.views, 1),
              ],
            }}
          />
        )}
        <Table
          size="small"
          rowKey={(p) => `${p.at}-${p.source}`}
          pagination={points.length > 8 ? { pageSize: 8 } : false}
          dataSource={[...points].reverse()}
          data-testid="spread-readings"
          columns={[
            { title: '读数时间', dataIndex: 'at', render: (v: string) => fmt(v) },
            { title: '来源', dataIndex: 'source' },
            { title: '发帖', render: (_, p) => p.spread.posts },
            { title: '转发', render: (_, p) => p.spread.reposts },
            { title: '跟帖', render: (_, p) => p.spread.comments },
            { title: '点击', render: (_, p) => p.spread.views },
            { title: '主流媒体', render: (_, p) => p.spread.mainstreamMediaPickups },
          ]}
        />
      </Card>

      <FormModal<ReadingForm>
        open={dialog === 'spread'}
        title="记录传播数据"
        testId="spread-form"
        onClose={onClose}
        loading={record.loading}
        initialValues={{ ...latest, observedAt: dayjs() }}
        onSubmit={async (v) =>
          done(
            await record.run(
              {
                input: {
                  incidentId: inc.id,
                  expectedVersion: inc.version,
                  spread: {
                    posts: v.posts,
                    reposts: v.reposts,
                    comments: v.comments,
                    views: v.views,
                    mainstreamMediaPickups: v.mainstreamMediaPickups,
                  },
                  observedAt: v.observedAt.toISOString(),
                },
              },
              '已记录传播数据',
            ),
          )
        }
      >
        <Row gutter={12}>
          {(
            [
              ['posts', '发帖量'],
              ['reposts', '转发量'],
              ['comments', '跟帖量'],
              ['views', '点击量'],
              ['mainstreamMediaPickups', '主流媒体报道（家）'],
            ] as const
          ).map(([name, text]) => (
            <Col span={12} key={name}>
              <Form.Item name={name} label={text} rules={[{ required: true, message: '请填写' }]}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid={`spread-${name}`} />
              </Form.Item>
            </Col>
          ))}
          <Col span={12}>
            <Form.Item name="observedAt" label="读数时间" rules={[{ required: true, message: '请选择' }]}>
              <DatePicker
                showTime
                format="YYYY-MM-DD HH:mm"
                allowClear={false}
                disabledDate={(d) => d.isAfter(dayjs())}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <div className="muted">达到本县传播分级标准中更高等级的任一项时，平台将提请县中心重新研判。</div>
      </FormModal>
    </>
  );
}
