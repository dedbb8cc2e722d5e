import { LinkOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Form, Input, Radio, Row, Select } from 'antd';
import { settled, type CardDialogs } from './shared';
import { FormModal } from '../FormModal';
import { graphql } from '../../gql';
import type {
  Grade,
  IncidentField,
  IncidentNature,
  IncidentOverviewFieldsFragment,
  Veracity,
} from '../../gql/graphql';
import { label, options } from '../../lib/labels';
import { useSubmit } from '../../lib/submit';
import { lines } from '../../lib/text';

graphql(`
  fragment IncidentOverviewFields on Incident {
    id
    version
    excerpt
    urls
    requirements
    spread {
      posts
      reposts
      comments
      views
      mainstreamMediaPickups
    }
    assessment {
      grade
      nature
      veracity
      field
      indicators
      reasoning
      revision
    }
  }
`);

const ASSESS = graphql(`
  mutation ConsoleAssess($input: AssessIncidentInput!) {
    assessIncident(input: $input) {
      id
      version
      status
      grade
    }
  }
`);

interface AssessForm {
  nature: IncidentNature;
  veracity: Veracity;
  field: IncidentField;
  grade: Grade;
  indicators?: string;
  reasoning: string;
}

/** 事件概况: what was posted and how far it spread, the assessment (研判) and the handling requirements; 研判 here. */
export function OverviewCard({
  incident: inc,
  dialog,
  onClose,
  onChanged,
}: { incident: IncidentOverviewFieldsFragment } & CardDialogs) {
  const assess = useSubmit(ASSESS);
  const done = settled(onChanged);
  return (
    <>
      <Card size="small" title="事件概况">
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label="摘要" span={3}>
            {inc.excerpt || '—'}
          </Descriptions.Item>
          <Descriptions.Item label="传播">
            帖文 {inc.spread.posts} · 转发 {inc.spread.reposts} · 评论 {inc.spread.comments} · 浏览{' '}
            {inc.spread.views}
          </Descriptions.Item>
          <Descriptions.Item label="主流媒体转载">{inc.spread.mainstreamMediaPickups} 家</Descriptions.Item>
          <Descriptions.Item label="原帖">
            {inc.urls.length
              ? inc.urls.map((u) => (
                  <a key={u} href={u} target="_blank" rel="noreferrer">
                    <LinkOutlined /> 链接
                  </a>
                ))
              : '—'}
          </Descriptions.Item>
          {inc.assessment && (
            <>
              <Descriptions.Item label="性质">
                {label('IncidentNature', inc.assessment.nature)}
              </Descriptions.Item>
              <Descriptions.Item label="真实性">
                {label('Veracity', inc.assessment.veracity)}
              </Descriptions.Item>
              <Descriptions.Item label="领域">
                {label('IncidentField', inc.assessment.field)}
              </Descriptions.Item>
              <Descriptions.Item label={`研判（第 ${inc.assessment.revision} 次）`} span={3}>
                {inc.assessment.reasoning}
                {inc.assessment.indicators.length > 0 && (
                  <span className="muted">（指标：{inc.assessment.indicators.join('、')}）</span>
                )}
              </Descriptions.Item>
            </>
          )}
          {inc.requirements && (
            <Descriptions.Item label="处置要求" span={3}>
              {inc.requirements}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>

      <FormModal<AssessForm>
        open={dialog === 'assess'}
        title="研判"
        onClose={onClose}
        loading={assess.loading}
        testId="assess-form"
        initialValues={
          inc.assessment
            ? { ...inc.assessment, indicators: inc.assessment.indicators.join('\n') }
            : { nature: 'INQUIRY_APPEAL', veracity: 'UNVERIFIED', field: 'OTHER', grade: 'IV' }
        }
        onSubmit={async (f) =>
          done(
            await assess.run(
              {
                input: {
                  incidentId: inc.id,
                  expectedVersion: inc.version,
                  ...f,
                  indicators: lines(f.indicators),
                },
              },
              '研判已保存',
            ),
          )
        }
      >
        <Form.Item name="grade" label="等级" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={options('Grade', (l) => l.replace(/（.*）/, ''))}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="nature" label="性质" rules={[{ required: true }]}>
              <Select options={options('IncidentNature')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="veracity" label="真实性" rules={[{ required: true }]}>
              <Select options={options('Veracity')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="field" label="领域" rules={[{ required: true }]}>
          <Select options={options('IncidentField')} />
        </Form.Item>
        <Form.Item name="indicators" label="研判指标（每行一条）">
          <Input.TextArea rows={2} placeholder="如：转发 412" />
        </Form.Item>
        <Form.Item name="reasoning" label="研判理由" rules={[{ required: true, message: '请填写研判理由' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </>
  );
}
