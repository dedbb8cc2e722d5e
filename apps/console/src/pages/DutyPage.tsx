import {
  CalendarOutlined,
  LeftOutlined,
  PlusOutlined,
  ReloadOutlined,
  RightOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Alert, Avatar, Button, Card, Checkbox, Col, Row, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { AssignShiftModal, type AssignValues } from '../components/AssignShiftModal';
import { DutyLogCard } from '../components/DutyLogCard';
import { DutyWeek, type RosterShift } from '../components/DutyWeek';
import { ReasonDialog } from '../components/ReasonDialog';
import { graphql } from '../gql';
import {
  nextHandover,
  POST_LABEL,
  POSTS,
  postClass,
  shiftSpan,
  weekOf,
  type DutyPerson,
  type DutyPost,
} from '../lib/duty';
import { can, useSession } from '../lib/session';
import { errorText, useSubmit } from '../lib/submit';
import { bj, fmt, spanText, toBjWall, type Dayjs } from '../lib/time';
import { KIND_ORDER, KIND_SHORT, useUnits } from '../lib/units';

const ON_DUTY_NOW = graphql(`
  query ConsoleOnDutyNow($unitId: ID!) {
    onDutyNow(unitId: $unitId) {
      id
      userId
      userName
      startsAt
      endsAt
      post
      note
    }
  }
`);
const ROSTER = graphql(`
  query ConsoleDutyRoster($unitId: ID!, $from: DateTime!, $to: DateTime!) {
    dutyRoster(unitId: $unitId, from: $from, to: $to) {
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
const PEOPLE = graphql(`
  query ConsoleDutyPeople($unitId: ID!) {
    users(unitId: $unitId) {
      id
      displayName
      username
      roles
      active
    }
  }
`);
const GAPS = graphql(`
  query ConsoleDutyRosterGaps {
    dutyRosterGaps(days: 7) {
      from
      to
      hours
    }
  }
`);
/** What the caller may do to a unit's duty: the API's answer from the access policy (DutyManage, DutyLogRecord). */
const ALLOWED = graphql(`
  query ConsoleDutyAllowedActions($unitId: ID!) {
    dutyAllowedActions(unitId: $unitId)
  }
`);
const CANCEL = graphql(`
  mutation ConsoleCancelDutyShift($input: CancelDutyShiftInput!) {
    cancelDutyShift(input: $input) {
      id
      cancelled
    }
  }
`);

/**
 * 值班 (000, 004: 24-hour duty with a duty log and a leader on duty): who is on duty now, the week's roster, and the
 * duty log. Everyone reads their own unit's; the county centre and the county's auditors may open any unit of the
 * county; the unit's leaders and administrators (and the county administrator, for any unit) roster; the unit's
 * duty officers and leaders write the log. The page shows each control only to those the API would let through.
 */
export default function DutyPage() {
  const session = useSession()!;
  const units = useUnits();
  const own = session.me.unit.id;
  const countyWide = can(session, 'READ_COUNTY_DUTY');
  const [unitId, setUnitId] = useState(own);
  const [now, setNow] = useState(() => Date.now());
  const [weekStart, setWeekStart] = useState<Dayjs>(() => weekOf(Date.now()));
  const [showCancelled, setShowCancelled] = useState(false);
  const [assigning, setAssigning] = useState<AssignValues | null>(null);
  const [cancelling, setCancelling] = useState<RosterShift | null>(null);

  const centreId = units.list.find((u) => u.kind === 'COUNTY_CENTER')?.id;
  const unitName = unitId === own ? session.me.unit.name : units.name(unitId);
  const roundTheClock = unitId === centreId;
  // Each control is shown when the API offers it for the unit shown (and, for the centre's gaps, for the centre).
  const [allowed] = useQuery({ query: ALLOWED, variables: { unitId } });
  const [centreAllowed] = useQuery({
    query: ALLOWED,
    variables: { unitId: centreId ?? '' },
    pause: !countyWide || !centreId,
  });
  const offered = allowed.data?.dutyAllowedActions ?? [];
  const canAssign = offered.includes('assignDutyShift');
  const canCancel = offered.includes('cancelDutyShift');
  const canRecord = offered.includes('recordDutyLog');
  const canManageCentre = !!centreAllowed.data?.dutyAllowedActions.includes('assignDutyShift');

  const weekVars = useMemo(
    () => ({ unitId, from: weekStart.toISOString(), to: weekStart.add(7, 'day').toISOString() }),
    [unitId, weekStart],
  );
  const [roster, refetchRoster] = useQuery({ query: ROSTER, variables: weekVars });
  // The next two days, whatever week is shown: who takes over next. Moves with the minute (and after each change).
  const soonVars = useMemo(
    () => ({ unitId, from: new Date(now).toISOString(), to: new Date(now + 2 * 86_400_000).toISOString() }),
    [unitId, now],
  );
  const [soon] = useQuery({ query: ROSTER, variables: soonVars });
  const [onDuty, refetchOnDuty] = useQuery({
    query: ON_DUTY_NOW,
    variables: { unitId },
    requestPolicy: 'cache-and-network',
  });
  const [peopleQ] = useQuery({ query: PEOPLE, variables: { unitId } });
  const [gaps, refetchGaps] = useQuery({
    query: GAPS,
    pause: !countyWide,
    requestPolicy: 'cache-and-network',
  });
  const cancel = useSubmit(CANCEL);

  const people = useMemo(
    () => new Map<string, DutyPerson>((peopleQ.data?.users ?? []).map((u) => [u.id, u])),
    [peopleQ.data],
  );
  const reload = () => {
    setNow(Date.now());
    refetchRoster({ requestPolicy: 'network-only' });
    refetchOnDuty({ requestPolicy: 'network-only' });
    if (countyWide) refetchGaps({ requestPolicy: 'network-only' });
  };
  // The duty room's screen stays open all day: who is on duty, and the gaps, move with the clock.
  useEffect(() => {
    const t = setInterval(() => {
      setNow(Date.now());
      refetchOnDuty({ requestPolicy: 'network-only' });
    }, 60_000);
    return () => clearInterval(t);
  }, [refetchOnDuty]);

  const shifts = (roster.data?.dutyRoster ?? []).filter((s) => showCancelled || !s.cancelled);
  const cancelledCount = (roster.data?.dutyRoster ?? []).filter((s) => s.cancelled).length;
  const current = onDuty.data?.onDutyNow ?? [];
  const meOnDuty = current.some((s) => s.userId === session.me.id);
  // Who takes over next: everyone whose shift begins first after now (a duty officer and a leader, often).
  const upcoming = (soon.data?.dutyRoster ?? [])
    .filter((s) => !s.cancelled && Date.parse(s.startsAt) > now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const next = upcoming.filter((s) => s.startsAt === upcoming[0]?.startsAt);
  const gapList = gaps.data?.dutyRosterGaps ?? [];

  const openAssign = (v: Partial<AssignValues> = {}) => {
    const start = bj(now).startOf('minute').valueOf();
    setAssigning({
      pattern: 'FULL',
      date: toBjWall(now + 86_400_000).startOf('day'),
      startsAt: toBjWall(start),
      endsAt: toBjWall(nextHandover(start)),
      ...v,
    });
  };
  const assignDay = (day: Dayjs) => {
    const isToday = day.format('YYYY-MM-DD') === bj(now).format('YYYY-MM-DD');
    // Today's usual shifts have begun: the one who steps in now is rostered from now to the next handover.
    openAssign(isToday ? { pattern: 'CUSTOM' } : { date: toBjWall(day.valueOf()).startOf('day') });
  };
  const fillGap = (g: { from: string; to: string }) => {
    const from = Math.max(Date.parse(g.from), bj(now).startOf('minute').valueOf());
    const to = Math.min(Date.parse(g.to), from + 24 * 3_600_000);
    setUnitId(centreId!);
    setWeekStart(weekOf(from));
    openAssign({ pattern: 'CUSTOM', startsAt: toBjWall(from), endsAt: toBjWall(to) });
  };

  const unitOptions = KIND_ORDER.filter((k) => k !== 'CITY_OFFICE')
    .map((kind) => ({
      label: KIND_SHORT[kind],
      title: KIND_SHORT[kind],
      options: units.list
        .filter((u) => u.kind === kind && u.active)
        .map((u) => ({ value: u.id, label: u.name })),
    }))
    .filter((g) => g.options.length > 0);

  return (
    <div className="page duty-page" data-testid="duty-page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            值班
          </Typography.Title>
          <Typography.Text type="secondary">
            {unitName} · 24 小时值班 · 北京时间 {bj(now).format('M月D日 dddd HH:mm')}
          </Typography.Text>
        </div>
        <Space wrap className="duty-head-actions">
          {countyWide && (
            <Select
              className="duty-unit-select"
              data-testid="duty-unit"
              value={unitId}
              onChange={setUnitId}
              options={unitOptions}
              showSearch
              optionFilterProp="label"
              popupMatchSelectWidth={false}
            />
          )}
          <Button icon={<ReloadOutlined />} onClick={reload} loading={roster.fetching || onDuty.fetching}>
            刷新
          </Button>
        </Space>
      </div>

      {countyWide && gapList.length > 0 && (
        <Alert
          type="error"
          showIcon
          icon={<WarningOutlined />}
          className="duty-gaps"
          data-testid="duty-gaps"
          message={
            <b>
              县中心未来 7 天有 {gapList.length} 段无人值班，合计{' '}
              {spanText(gapList.reduce((h, g) => h + g.hours, 0) * 3_600_000)}
            </b>
          }
          description={
            <div>
              <div className="muted" style={{ marginBottom: 6 }}>
                县网络舆情应急监控中心须 24 小时值班（值班员或带班领导在班）。请尽快补排：
              </div>
              <Space size={[6, 6]} wrap>
                {gapList.slice(0, 6).map((g) => (
                  <Tag
                    key={g.from}
                    color="error"
                    className={canManageCentre ? 'clickable' : undefined}
                    onClick={canManageCentre ? () => fillGap(g) : undefined}
                  >
                    {fmt(g.from)} 至 {fmt(g.to)}（{spanText(g.hours * 3_600_000)}）
                  </Tag>
                ))}
                {gapList.length > 6 && <span className="muted">等 {gapList.length} 段</span>}
              </Space>
            </div>
          }
          action={
            canManageCentre && (
              <Button size="small" danger onClick={() => fillGap(gapList[0])} data-testid="duty-fill-gap">
                补排最近空档
              </Button>
            )
          }
        />
      )}

      <Card size="small" className="duty-card duty-now" title="此刻在班" data-testid="duty-now">
        {onDuty.error ? (
          <Alert type="error" showIcon message={errorText(onDuty.error)} />
        ) : (
          <Row gutter={[16, 12]}>
            {POSTS.map((post) => (
              <Col xs={24} md={8} key={post}>
                <OnDutyBlock
                  post={post}
                  shifts={current.filter((s) => s.post === post)}
                  now={now}
                  people={people}
                  critical={roundTheClock}
                />
              </Col>
            ))}
            <Col xs={24} md={8}>
              <div className="duty-now-block next">
                <div className="duty-now-post">下一班</div>
                {next.length > 0 ? (
                  next.map((n) => (
                    <div className="duty-now-person" key={n.id}>
                      <Avatar className="duty-avatar next">{n.userName.slice(0, 1)}</Avatar>
                      <div>
                        <div className="duty-now-name">
                          {n.userName}
                          <Tag bordered={false}>{POST_LABEL[n.post]}</Tag>
                        </div>
                        <div className="duty-now-time">
                          {fmt(n.startsAt)} 接班 · {spanText(Date.parse(n.startsAt) - now)}后
                        </div>
                      </div>
                    </div>
                  ))
                ) : (
                  <div className="duty-now-none muted">48 小时内没有待接班的班次</div>
                )}
              </div>
            </Col>
          </Row>
        )}
      </Card>

      <Card
        size="small"
        className="duty-card"
        data-testid="duty-roster"
        title={
          <Space size={8} wrap>
            <CalendarOutlined />
            <span>值班表</span>
            <span className="duty-week-range">
              {weekStart.format('YYYY年M月D日')} – {weekStart.add(6, 'day').format('M月D日')}
            </span>
          </Space>
        }
        extra={
          canAssign && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => openAssign()}
              data-testid="duty-assign"
            >
              排班
            </Button>
          )
        }
      >
        <div className="duty-week-bar">
          <Space.Compact>
            <Button icon={<LeftOutlined />} onClick={() => setWeekStart((w) => w.subtract(7, 'day'))}>
              上一周
            </Button>
            <Button onClick={() => setWeekStart(weekOf(Date.now()))} disabled={weekStart.isSame(weekOf(now))}>
              本周
            </Button>
            <Button onClick={() => setWeekStart((w) => w.add(7, 'day'))} data-testid="duty-next-week">
              下一周 <RightOutlined />
            </Button>
          </Space.Compact>
          <Space size={12} wrap>
            <span className="duty-legend">
              <i className="on" />
              在班
              <i className="upcoming" />
              待接班
              <i className="over" />
              已交班
            </span>
            <Checkbox checked={showCancelled} onChange={(e) => setShowCancelled(e.target.checked)}>
              显示已取消{cancelledCount > 0 ? `（${cancelledCount}）` : ''}
            </Checkbox>
          </Space>
        </div>
        {roster.error ? (
          <Alert type="error" showIcon message={errorText(roster.error)} />
        ) : (
          <DutyWeek
            weekStart={weekStart}
            shifts={shifts}
            people={people}
            now={now}
            roundTheClock={roundTheClock}
            canAssign={canAssign}
            canCancel={canCancel}
            onAssign={assignDay}
            onCancel={setCancelling}
          />
        )}
      </Card>

      <DutyLogCard unitId={unitId} unitName={unitName} canRecord={canRecord} onDutyNow={meOnDuty} now={now} />

      <AssignShiftModal
        open={!!assigning}
        unitId={unitId}
        unitName={unitName}
        people={[...people.values()]}
        initialValues={assigning ?? { pattern: 'FULL' }}
        onClose={() => setAssigning(null)}
        onDone={reload}
      />
      <ReasonDialog
        open={!!cancelling}
        title="取消班次"
        okText="取消班次"
        label="取消原因"
        rows={3}
        placeholder="如：人员临时公出，另行安排"
        maxLength={500}
        onClose={() => setCancelling(null)}
        loading={cancel.loading}
        testId="cancel-shift"
        note={
          cancelling && (
            <Typography.Paragraph>
              {cancelling.userName} · {fmt(cancelling.startsAt)} 起（{shiftSpan(cancelling)}）
            </Typography.Paragraph>
          )
        }
        onSubmit={async (reason) => {
          const res = await cancel.run({ input: { shiftId: cancelling!.id, reason } }, '班次已取消');
          if (res) reload();
          return !!res;
        }}
      />
    </div>
  );
}

function OnDutyBlock({
  post,
  shifts,
  now,
  people,
  critical,
}: {
  post: DutyPost;
  shifts: { id: string; userId: string; userName: string; startsAt: string; endsAt: string; note: string }[];
  now: number;
  people: Map<string, DutyPerson>;
  critical: boolean;
}) {
  let body: ReactNode;
  if (shifts.length === 0)
    body = (
      <div className={`duty-now-none ${critical && post === 'OFFICER' ? 'alarm' : 'muted'}`}>
        {post === 'OFFICER' ? '此刻无值班员在班' : '此刻未安排带班领导'}
      </div>
    );
  else
    body = shifts.map((s) => (
      <div className="duty-now-person" key={s.id} data-testid="on-duty-person">
        <Avatar className={`duty-avatar ${postClass(post)}`}>{s.userName.slice(0, 1)}</Avatar>
        <div>
          <div className="duty-now-name">
            {s.userName}
            <span className="duty-now-user">{people.get(s.userId)?.username}</span>
          </div>
          <div className="duty-now-time">
            {shiftSpan(s)} · 还有 {spanText(Date.parse(s.endsAt) - now)}交班
          </div>
          {s.note && <div className="duty-now-note">{s.note}</div>}
        </div>
      </div>
    ));
  return (
    <div className={`duty-now-block ${postClass(post)}`}>
      <div className="duty-now-post">{POST_LABEL[post]}</div>
      {body}
    </div>
  );
}
