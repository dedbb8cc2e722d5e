import { DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import { FormModal } from './FormModal';
import { graphql } from '../gql';
import {
  bjAt,
  PATTERNS,
  POST_LABEL,
  POSTS,
  postOf,
  standsDuty,
  type DutyPerson,
  type DutyPost,
  type Pattern,
} from '../lib/duty';
import { useSubmit } from '../lib/submit';
import { bj, fmt, fromBjWall, spanText, type Dayjs } from '../lib/time';

const ASSIGN = graphql(`
  mutation ConsoleAssignDutyShift($input: AssignDutyShiftInput!) {
    assignDutyShift(input: $input) {
      id
      unitId
      userId
      userName
      startsAt
      endsAt
      post
      note
      cancelled
    }
  }
`);

export interface AssignValues {
  userId?: string;
  /** Follows the person picked (a leader leads the shift) until changed by hand. */
  post?: DutyPost;
  pattern: Pattern;
  /** The Beijing day of a usual shift (picker wall clock). */
  date?: Dayjs;
  /** A shift of its own times (picker wall clock, read as Beijing time). */
  startsAt?: Dayjs;
  endsAt?: Dayjs;
  note?: string;
}

/** The instants the form means, or null while it is incomplete. The API, not the form, judges them. */
function times(v: Partial<AssignValues>): { startsAt: Date; endsAt: Date } | null {
  if (v.pattern === 'CUSTOM')
    return v.startsAt && v.endsAt ? { startsAt: fromBjWall(v.startsAt), endsAt: fromBjWall(v.endsAt) } : null;
  if (!v.pattern || !v.date) return null;
  const p = PATTERNS[v.pattern];
  const startsAt = bjAt(v.date.format('YYYY-MM-DD'), p.start);
  return { startsAt, endsAt: new Date(startsAt.getTime() + p.hours * 3_600_000) };
}

/**
 * 排班: a person of the unit who stands duty, on a usual shift of a day or on times of their own. The rules (30 min
 * to 24 h, no overlap for one person, not more than an hour in the past) are the API's: its Chinese answer is shown
 * as it is, and the form only says how long the shift would be.
 */
export function AssignShiftModal({
  open,
  unitName,
  unitId,
  people,
  initialValues,
  onClose,
  onDone,
}: {
  open: boolean;
  unitName: string;
  unitId: string;
  people: DutyPerson[];
  initialValues: AssignValues;
  onClose: () => void;
  onDone: () => void;
}) {
  const assign = useSubmit(ASSIGN);
  const eligible = people.filter(standsDuty);
  const today = bj(Date.now()).format('YYYY-MM-DD');

  return (
    <FormModal<AssignValues>
      open={open}
      title={`排班 · ${unitName}`}
      okText="排班"
      onClose={onClose}
      loading={assign.loading}
      initialValues={{ post: 'OFFICER', ...initialValues }}
      testId="assign-shift"
      onSubmit={async (v) => {
        const t = times(v);
        if (!t || !v.userId) return false;
        const res = await assign.run(
          {
            input: {
              unitId,
              userId: v.userId,
              startsAt: t.startsAt.toISOString(),
              endsAt: t.endsAt.toISOString(),
              post: v.post ?? 'OFFICER',
              note: v.note?.trim() ?? '',
            },
          },
          '已排班',
        );
        if (res) onDone();
        return !!res;
      }}
    >
      <PersonAndPost eligible={eligible} />
      <Form.Item name="pattern" label="班次">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          className="duty-patterns"
          options={[
            ...Object.entries(PATTERNS).map(([value, p]) => ({
              value,
              label: (
                <span>
                  {p.label}
                  <small className="duty-pattern-hint">{p.hint}</small>
                </span>
              ),
            })),
            { value: 'CUSTOM', label: '自定时间' },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: AssignValues, b: AssignValues) => a.pattern !== b.pattern}>
        {({ getFieldValue }) =>
          getFieldValue('pattern') === 'CUSTOM' ? (
            <div className="duty-custom-times">
              <Form.Item
                name="startsAt"
                label="上班时间"
                rules={[{ required: true, message: '请选择上班时间' }]}
              >
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  style={{ width: '100%' }}
                />
              </Form.Item>
              <Form.Item
                name="endsAt"
                label="下班时间"
                rules={[{ required: true, message: '请选择下班时间' }]}
              >
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </div>
          ) : (
            <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={(d) => d.format('YYYY-MM-DD') < today}
                format="YYYY-MM-DD dddd"
              />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item shouldUpdate noStyle>
        {({ getFieldsValue }) => {
          const t = times(getFieldsValue(true) as AssignValues);
          if (!t) return null;
          const ms = t.endsAt.getTime() - t.startsAt.getTime();
          const odd = ms <= 0 || ms > 24 * 3_600_000;
          return (
            <Typography.Paragraph
              type={odd ? 'danger' : 'secondary'}
              className="duty-assign-summary"
              data-testid="assign-summary"
            >
              {fmt(t.startsAt.toISOString())} 至 {fmt(t.endsAt.toISOString())}（北京时间）
              {ms > 0 ? `，共 ${spanText(ms)}` : '，下班时间早于上班时间'}
              {ms > 24 * 3_600_000 && '，超过 24 小时'}
            </Typography.Paragraph>
          );
        }}
      </Form.Item>
      <Form.Item name="note" label="备注">
        <Input maxLength={500} placeholder="值班电话、交接要求等（选填，在「此刻在班」中显示）" />
      </Form.Item>
    </FormModal>
  );
}

/** Who stands the shift and at which post: picking a leader makes it the leader on duty, which can be changed. */
function PersonAndPost({ eligible }: { eligible: DutyPerson[] }) {
  const form = Form.useFormInstance<AssignValues>();
  const userId = Form.useWatch('userId', form);
  const person = eligible.find((p) => p.id === userId);
  const leader = !!person?.roles.includes('LEADER');
  return (
    <>
      <Form.Item name="userId" label="值班人员" rules={[{ required: true, message: '请选择值班人员' }]}>
        <Select
          showSearch
          optionFilterProp="label"
          placeholder="本单位的值班员或领导"
          notFoundContent="本单位没有值班员或领导账号"
          onChange={(id: string) => {
            const picked = eligible.find((p) => p.id === id);
            form.setFieldValue('post', (picked && postOf(picked.roles)) ?? 'OFFICER');
          }}
          options={POSTS.map((post) => ({
            label: post === 'LEADING' ? '单位领导' : POST_LABEL[post],
            title: post === 'LEADING' ? '单位领导' : POST_LABEL[post],
            options: eligible
              .filter((p) => postOf(p.roles) === post)
              .map((p) => ({ value: p.id, label: p.displayName })),
          })).filter((g) => g.options.length > 0)}
        />
      </Form.Item>
      <Form.Item name="post" label="岗位" extra={person && !leader ? '带班领导须由单位领导担任' : undefined}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          data-testid="assign-post"
          options={POSTS.map((post) => ({
            value: post,
            label: POST_LABEL[post],
            disabled: post === 'LEADING' && !!person && !leader,
          }))}
        />
      </Form.Item>
    </>
  );
}
