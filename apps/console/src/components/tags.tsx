import { Tag, Tooltip } from 'antd';
import { GRADE_BG, GRADE_COLOR, GRADE_SHORT, label, STATUS_COLOR, TASK_STATUS_COLOR } from '../lib/labels';
import { KIND_COLOR, KIND_SHORT } from '../lib/units';

/**
 * The county's grade (I–IV), and beside it the level in the viewer's unit's own scale where it has one (002
 * 小微/中级/重大, 003 一般/重大/特大: the API's `localGrade`).
 */
export function GradeTag({
  grade,
  long,
  local,
}: {
  grade?: string | null;
  long?: boolean;
  local?: { scale: string; label: string } | null;
}) {
  if (!grade) return <Tag>未定级</Tag>;
  const tag = (
    <Tag
      className="grade-tag"
      style={{
        color: grade === 'III' ? '#8a6500' : GRADE_COLOR[grade],
        background: GRADE_BG[grade],
        borderColor: GRADE_COLOR[grade],
      }}
    >
      {long ? GRADE_SHORT[grade] : `${grade}级`}
    </Tag>
  );
  if (!local) return tag;
  return (
    <>
      {tag}
      <Tooltip title={`本单位分级：${local.scale}`}>
        <Tag className="local-grade-tag" data-testid="local-grade">
          本单位：{local.label}
        </Tag>
      </Tooltip>
    </>
  );
}

export function StatusTag({ status }: { status?: string | null }) {
  return <Tag color={STATUS_COLOR[status ?? ''] ?? 'default'}>{label('IncidentStatus', status)}</Tag>;
}

export function TaskStatusTag({ status }: { status: string }) {
  return <Tag color={TASK_STATUS_COLOR[status] ?? 'default'}>{label('TaskStatus', status)}</Tag>;
}

export function GradeDot({ grade }: { grade?: string | null }) {
  return <span className="grade-dot" style={{ background: grade ? GRADE_COLOR[grade] : '#d9d9d9' }} />;
}

/** A unit's kind, short, with the schema's full label on hover. */
export function KindTag({ kind }: { kind: string }) {
  return (
    <Tooltip title={label('UnitKind', kind)}>
      <Tag color={KIND_COLOR[kind]} className="kind-tag">
        {KIND_SHORT[kind] ?? label('UnitKind', kind)}
      </Tag>
    </Tooltip>
  );
}
