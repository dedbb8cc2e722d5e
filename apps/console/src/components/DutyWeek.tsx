import { PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Popover, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  POST_LABEL,
  postClass,
  POSTS,
  SHIFT_STATE_LABEL,
  shiftSpan,
  shiftState,
  standsDuty,
  uncovered,
  type DutyPerson,
  type ShiftLike,
} from '../lib/duty';
import { bj, fmt, spanText, type Dayjs } from '../lib/time';

const HOUR = 3_600_000;
const STATE_COLOR = { ON: 'green', UPCOMING: 'blue', OVER: 'default', CANCELLED: 'default' } as const;

export interface RosterShift extends ShiftLike {
  cancelled: boolean;
}

/**
 * The week's roster as a duty room pins it on the wall: a column a day (Beijing days, Monday first), duty officers
 * above the leader on duty. A shift sits on the day it starts; one begun last week opens Monday. Where the unit keeps
 * 24-hour duty (the county centre), each day says how many of its hours still to come nobody covers.
 */
export function DutyWeek({
  weekStart,
  shifts,
  people,
  now,
  roundTheClock,
  canAssign,
  canCancel,
  onAssign,
  onCancel,
}: {
  weekStart: Dayjs;
  shifts: RosterShift[];
  people: Map<string, DutyPerson>;
  now: number;
  roundTheClock: boolean;
  /** The API's dutyAllowedActions for the unit: assignDutyShift, cancelDutyShift. */
  canAssign: boolean;
  canCancel: boolean;
  onAssign: (day: Dayjs) => void;
  onCancel: (shift: RosterShift) => void;
}) {
  const days = Array.from({ length: 7 }, (_, i) => weekStart.add(i, 'day'));
  const today = bj(now).format('YYYY-MM-DD');
  const covering = shifts
    // The 24 hours are the duty officers' to cover: the API counts no 带班领导 shift either.
    .filter((s) => !s.cancelled && s.post === 'OFFICER' && standsDuty(people.get(s.userId)))
    .map((s) => ({ from: Date.parse(s.startsAt), to: Date.parse(s.endsAt) }));
  const dayOf = (s: RosterShift) =>
    Math.max(0, Math.min(6, bj(s.startsAt).startOf('day').diff(weekStart, 'day')));

  return (
    <div className="duty-week" data-testid="duty-week">
      {days.map((day, i) => {
        const start = day.valueOf();
        const end = day.add(1, 'day').valueOf();
        const isToday = day.format('YYYY-MM-DD') === today;
        const past = end <= now;
        const hole = roundTheClock && !past ? uncovered(covering, Math.max(start, now), end) : 0;
        const mine = shifts.filter((s) => dayOf(s) === i);
        return (
          <div
            key={day.format('YYYY-MM-DD')}
            className={`duty-day${isToday ? ' today' : ''}${past ? ' past' : ''}`}
            data-testid={`duty-day-${day.format('YYYY-MM-DD')}`}
          >
            <div className="duty-day-head">
              <span className="duty-day-name">
                {day.format('ddd')}
                <b>{day.format('MM-DD')}</b>
                {isToday && <Tag color="blue">今天</Tag>}
              </span>
              {roundTheClock &&
                !past &&
                (hole >= HOUR / 60 ? (
                  <Tag color="error" className="duty-hole" bordered={false}>
                    空档 {spanText(hole)}
                  </Tag>
                ) : (
                  <Tag color="success" className="duty-hole" bordered={false}>
                    已排满
                  </Tag>
                ))}
            </div>
            {POSTS.map((post) => {
              const list = mine.filter((s) => s.post === post);
              return (
                <div key={post} className={`duty-post ${postClass(post)}`}>
                  <div className="duty-post-label">{POST_LABEL[post]}</div>
                  {list.length === 0 && <div className="duty-empty">未排班</div>}
                  {list.map((s) => (
                    <ShiftChip
                      key={s.id}
                      shift={s}
                      person={people.get(s.userId)}
                      now={now}
                      canCancel={canCancel}
                      continued={Date.parse(s.startsAt) < weekStart.valueOf()}
                      onCancel={() => onCancel(s)}
                    />
                  ))}
                </div>
              );
            })}
            {canAssign && !past && (
              <Button
                type="dashed"
                size="small"
                block
                icon={<PlusOutlined />}
                className="duty-day-add"
                onClick={() => onAssign(day)}
                data-testid="duty-assign-day"
              >
                排班
              </Button>
            )}
          </div>
        );
      })}
    </div>
  );
}

function ShiftChip({
  shift,
  person,
  now,
  canCancel,
  continued,
  onCancel,
}: {
  shift: RosterShift;
  person: DutyPerson | undefined;
  now: number;
  canCancel: boolean;
  continued: boolean;
  onCancel: () => void;
}) {
  const [open, setOpen] = useState(false);
  const state = shiftState(shift, now);
  const post = shift.post;
  const hours = Date.parse(shift.endsAt) - Date.parse(shift.startsAt);
  const details = (
    <div className="duty-chip-detail">
      <Descriptions
        size="small"
        column={1}
        items={[
          { label: '值班人员', children: `${shift.userName}（${POST_LABEL[post]}）` },
          { label: '上班', children: fmt(shift.startsAt) },
          { label: '下班', children: `${fmt(shift.endsAt)}（${spanText(hours)}）` },
          {
            label: '状态',
            children: <Tag color={STATE_COLOR[state]}>{SHIFT_STATE_LABEL[state]}</Tag>,
          },
          ...(shift.note ? [{ label: '备注', children: shift.note }] : []),
          ...(person && !standsDuty(person)
            ? [{ label: '提示', children: '此人已停用或不再担任值班员/领导，该班次不计入在班' }]
            : []),
        ]}
      />
      {canCancel && state !== 'CANCELLED' && (
        <div className="duty-chip-actions">
          {state === 'OVER' ? (
            <Typography.Text type="secondary">已交班的班次留作记录，不能取消</Typography.Text>
          ) : (
            <Button
              danger
              size="small"
              onClick={() => {
                setOpen(false);
                onCancel();
              }}
              data-testid="shift-cancel"
            >
              取消班次
            </Button>
          )}
        </div>
      )}
    </div>
  );
  return (
    <Popover
      content={details}
      title="班次"
      trigger="click"
      placement="bottom"
      open={open}
      onOpenChange={setOpen}
    >
      <button
        type="button"
        className={`duty-chip ${state.toLowerCase()} ${post === 'LEADING' ? 'leader' : ''}`}
        data-testid="shift-chip"
        data-shift-id={shift.id}
      >
        <span className="duty-chip-name">
          {state === 'ON' && <i className="duty-live" />}
          {shift.userName}
        </span>
        <span className="duty-chip-time">
          {continued && '续 '}
          {shiftSpan(shift)}
        </span>
      </button>
    </Popover>
  );
}
