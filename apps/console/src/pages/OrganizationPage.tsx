import {
  ApartmentOutlined,
  EditOutlined,
  PlusOutlined,
  SearchOutlined,
  StopOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  Row,
  Select,
  Space,
  Tag,
  Tooltip,
  Tree,
  Typography,
} from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { UnitKind } from '../gql/graphql';
import { CountyPolicyCard } from '../components/CountyPolicyCard';
import { GradeScalesCard } from '../components/GradeScalesCard';
import { LinkageFieldRulesCard } from '../components/LinkageFieldRulesCard';
import { FormModal } from '../components/FormModal';
import { ReasonDialog } from '../components/ReasonDialog';
import { KindTag } from '../components/tags';
import { UnitPeopleCard, type Person } from '../components/UnitPeopleCard';
import { label } from '../lib/labels';
import { useSession } from '../lib/session';
import { useSubmit } from '../lib/submit';
import { CHILD_KINDS, kindRank, parentKindsOf } from '../lib/units';
import { LoadError } from '../components/LoadError';

const ORGANIZATION = graphql(`
  query ConsoleOrganization {
    county {
      id
      name
      requireTotpRoles
      linkageThresholdGrade
      linkage {
        propaganda {
          id
        }
        cyberspace {
          id
        }
        police {
          id
        }
        stateSecurity {
          id
        }
      }
    }
    units {
      id
      name
      kind
      parentId
      active
      deactivatedReason
      deactivatedAt
      version
    }
    users {
      id
      username
      displayName
      unitId
      roles
      active
      totpEnabled
      signIn {
        mustChangePassword
        pausedUntil
      }
    }
  }
`);
const REGISTER_UNIT = graphql(`
  mutation ConsoleRegisterUnit($input: RegisterUnitInput!) {
    registerUnit(input: $input) {
      id
      name
      kind
      parentId
      active
      version
    }
  }
`);
const UPDATE_UNIT = graphql(`
  mutation ConsoleUpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      id
      name
      parentId
      version
    }
  }
`);

const DEACTIVATE_UNIT = graphql(`
  mutation ConsoleDeactivateUnit($input: DeactivateUnitInput!) {
    deactivateUnit(input: $input) {
      id
      active
    }
  }
`);
const REACTIVATE_UNIT = graphql(`
  mutation ConsoleReactivateUnit($unitId: ID!) {
    reactivateUnit(unitId: $unitId) {
      id
      active
    }
  }
`);

/** The centre and the city office run the platform: they are never stood down. */
const PERMANENT_KINDS = ['COUNTY_CENTER', 'CITY_OFFICE'];

export interface OrgUnit {
  id: string;
  name: string;
  kind: string;
  parentId?: string | null;
  active: boolean;
  deactivatedReason?: string | null;
  deactivatedAt?: string | null;
  version: number;
}

const byKindThenName = (a: OrgUnit, b: OrgUnit) =>
  kindRank(a.kind) - kindRank(b.kind) || a.name.localeCompare(b.name, 'zh-Hans-CN');

/** The name with the searched text marked. */
function marked(name: string, q: string): ReactNode {
  const i = q ? name.indexOf(q) : -1;
  if (i < 0) return name;
  return (
    <>
      {name.slice(0, i)}
      <mark className="tree-hit">{q}</mark>
      {name.slice(i + q.length)}
    </>
  );
}

/**
 * County ADMIN: the county's units as a tree (centre → departments, bureaus, townships → villages), the people of
 * the selected unit with their roles and sign-in state, and the county-wide linkage and second-factor settings.
 */
export default function OrganizationPage() {
  const session = useSession()!;
  const [{ data, fetching, error }, refetch] = useQuery({ query: ORGANIZATION });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<string[]>([]);
  const [dialog, setDialog] = useState<'register' | 'edit' | 'deactivate' | null>(null);
  const registerUnit = useSubmit(REGISTER_UNIT);
  const updateUnit = useSubmit(UPDATE_UNIT);
  const deactivateUnit = useSubmit(DEACTIVATE_UNIT);
  const reactivateUnit = useSubmit(REACTIVATE_UNIT);

  const units: OrgUnit[] = useMemo(() => data?.units ?? [], [data]);
  const people: Person[] = useMemo(() => data?.users ?? [], [data]);
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const children = useMemo(() => {
    const m = new Map<string | null, OrgUnit[]>();
    for (const u of units) {
      // A unit whose parent is outside the county (the centre under the city office) is a root here.
      const p = u.parentId && byId.has(u.parentId) ? u.parentId : null;
      m.set(p, [...(m.get(p) ?? []), u]);
    }
    for (const list of m.values()) list.sort(byKindThenName);
    return m;
  }, [units, byId]);
  const headcount = useMemo(() => {
    const m = new Map<string, number>();
    for (const p of people) if (p.active) m.set(p.unitId, (m.get(p.unitId) ?? 0) + 1);
    return m;
  }, [people]);

  const selectedId = params.get('unit') ?? session.me.unit.id;
  const selected = byId.get(selectedId) ?? null;
  const select = (id: string) =>
    setParams(
      (p) => {
        p.set('unit', id);
        return p;
      },
      { replace: true },
    );

  // Open the tree at the root at first, and down to the selected unit whenever it changes.
  useEffect(() => {
    if (!units.length) return;
    setExpanded((e) => {
      const open = new Set(e.length ? e : (children.get(null) ?? []).map((r) => r.id));
      for (let u = byId.get(selectedId); u?.parentId; u = byId.get(u.parentId)) open.add(u.parentId);
      return open.size === e.length ? e : [...open];
    });
  }, [units, children, byId, selectedId]);

  const q = search.trim();
  const personHit = (p: Person) => !!q && (p.displayName.includes(q) || p.username.includes(q.toLowerCase()));
  const tree = useMemo(() => {
    const hits = new Set<string>();
    const build = (parent: string | null): DataNode[] =>
      (children.get(parent) ?? []).flatMap((u) => {
        const kids = build(u.id);
        const match = !q || u.name.includes(q) || people.some((p) => p.unitId === u.id && personHit(p));
        if (!match && kids.length === 0) return [];
        if (q) hits.add(u.id);
        const n = headcount.get(u.id) ?? 0;
        return [
          {
            key: u.id,
            title: (
              <span className={`unit-node${u.active ? '' : ' inactive'}`} data-testid={`unit-node-${u.name}`}>
                <span className="unit-name" title={u.name}>
                  {marked(u.name, q)}
                </span>
                <KindTag kind={u.kind} />
                {n > 0 && <span className="unit-count">{n}人</span>}
                {!u.active && <Tag>已停用</Tag>}
              </span>
            ),
            children: kids.length ? kids : undefined,
            isLeaf: kids.length === 0,
          },
        ];
      });
    return { nodes: build(null), hits };
  }, [children, people, headcount, q]);

  const childKinds = selected ? (CHILD_KINDS[selected.kind] ?? []) : [];
  const parentOptions = selected
    ? units
        .filter((u) => parentKindsOf(selected.kind).includes(u.kind) && u.id !== selected.id && u.active)
        .sort(byKindThenName)
        .map((u) => ({ value: u.id, label: u.name }))
    : [];
  const totals = {
    units: units.filter((u) => u.active).length,
    people: people.filter((p) => p.active).length,
  };

  return (
    <div className="page org-page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            组织与人员 · {data?.county.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            单位 {totals.units} 个，在用人员 {totals.people}{' '}
            人。单位、人员与角色由县管理员维护，变更即时生效并留痕。
          </Typography.Text>
        </div>
      </div>
      <LoadError error={error} retry={reload} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9} xxl={7}>
          <Card
            size="small"
            className="org-tree-card"
            title={
              <Space>
                <ApartmentOutlined />
                单位架构
              </Space>
            }
            data-testid="unit-tree-card"
          >
            <Input
              allowClear
              prefix={<SearchOutlined className="muted" />}
              placeholder="搜索单位、姓名或登录名"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              data-testid="unit-search"
            />
            <div className="org-tree-actions">
              <Tooltip
                title={
                  selected && childKinds.length === 0
                    ? `${label('UnitKind', selected.kind)}下不设下级单位`
                    : undefined
                }
              >
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  disabled={!selected || childKinds.length === 0 || !selected.active}
                  onClick={() => setDialog('register')}
                  data-testid="unit-register"
                >
                  新增下级单位
                </Button>
              </Tooltip>
              <Button
                icon={<EditOutlined />}
                disabled={!selected}
                onClick={() => setDialog('edit')}
                data-testid="unit-edit"
              >
                编辑单位
              </Button>
              {selected && !PERMANENT_KINDS.includes(selected.kind) && selected.active && (
                <Button
                  danger
                  icon={<StopOutlined />}
                  onClick={() => setDialog('deactivate')}
                  data-testid="unit-deactivate"
                >
                  停用单位
                </Button>
              )}
              {selected && !selected.active && (
                <Button
                  icon={<UndoOutlined />}
                  loading={reactivateUnit.loading}
                  data-testid="unit-reactivate"
                  onClick={() =>
                    void reactivateUnit
                      .run({ unitId: selected.id }, `已恢复单位：${selected.name}`)
                      .then((r) => r && reload())
                  }
                >
                  恢复单位
                </Button>
              )}
            </div>
            <div className="org-tree">
              {tree.nodes.length ? (
                <Tree
                  blockNode
                  showLine={{ showLeafIcon: false }}
                  treeData={tree.nodes}
                  selectedKeys={selected ? [selected.id] : []}
                  expandedKeys={q ? [...tree.hits] : expanded}
                  onExpand={(keys) => !q && setExpanded(keys as string[])}
                  onSelect={(keys) => {
                    if (!keys[0]) return;
                    select(String(keys[0]));
                    // On a phone the people are below the tree: take the administrator there.
                    if (window.innerWidth < 992)
                      setTimeout(() =>
                        document
                          .querySelector('[data-testid="unit-people"]')
                          ?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
                      );
                  }}
                  data-testid="unit-tree"
                />
              ) : (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={fetching ? '加载中…' : '没有匹配的单位或人员'}
                />
              )}
            </div>
          </Card>
        </Col>
        <Col xs={24} lg={15} xxl={17}>
          {selected ? (
            <UnitPeopleCard
              unit={selected}
              parentName={selected.parentId ? byId.get(selected.parentId)?.name : undefined}
              people={people.filter((p) => p.unitId === selected.id)}
              highlight={personHit}
              requireTotpRoles={data?.county.requireTotpRoles ?? []}
              onChanged={reload}
            />
          ) : (
            <Card size="small">
              <Empty description="请在左侧选择单位" />
            </Card>
          )}
          {data && (
            <div style={{ marginTop: 16 }}>
              <CountyPolicyCard county={data.county} units={units} people={people} onChanged={reload} />
            </div>
          )}
          <div style={{ marginTop: 16 }}>
            <LinkageFieldRulesCard />
          </div>
          <div style={{ marginTop: 16 }}>
            <GradeScalesCard />
          </div>
        </Col>
      </Row>

      <FormModal<{ kind: UnitKind; name: string }>
        open={dialog === 'register' && !!selected}
        title={`新增下级单位 · ${selected?.name ?? ''}`}
        onClose={() => setDialog(null)}
        loading={registerUnit.loading}
        initialValues={{ kind: childKinds[0] as UnitKind }}
        okText="新增"
        testId="unit-register-form"
        onSubmit={async (v) => {
          const r = await registerUnit.run(
            { input: { kind: v.kind, name: v.name, parentId: selected!.id } },
            `已新增单位：${v.name.trim()}`,
          );
          if (!r) return false;
          setExpanded((e) => [...new Set([...e, selected!.id])]);
          select(r.registerUnit.id);
          reload();
          return true;
        }}
      >
        <Form.Item label="上级单位">
          <Input value={selected?.name} disabled />
        </Form.Item>
        <Form.Item name="kind" label="单位类型" rules={[{ required: true, message: '请选择单位类型' }]}>
          <Select options={childKinds.map((k) => ({ value: k, label: label('UnitKind', k) }))} />
        </Form.Item>
        <Form.Item
          name="name"
          label="单位名称"
          extra="全称，1–100 字，如：东湖镇青石村"
          rules={[{ required: true, whitespace: true, message: '请填写单位名称' }]}
        >
          <Input maxLength={100} autoFocus />
        </Form.Item>
      </FormModal>

      <ReasonDialog
        open={dialog === 'deactivate' && !!selected}
        title={`停用单位 · ${selected?.name ?? ''}`}
        okText="停用"
        label="停用原因"
        minLength={2}
        maxLength={200}
        placeholder="例：撤乡并镇，并入东湖镇"
        onClose={() => setDialog(null)}
        loading={deactivateUnit.loading}
        testId="unit-deactivate-form"
        note={
          <Typography.Paragraph type="secondary">
            停用后，该单位不再接收派单、风险提示函和联动；其历史记录保留，可随时恢复。须先停用或迁移其下级单位和人员，办结或撤销其在办工单，并调整“1+3”联动单位。
          </Typography.Paragraph>
        }
        onSubmit={async (reason) => {
          const r = await deactivateUnit.run(
            { input: { unitId: selected!.id, reason } },
            `已停用单位：${selected!.name}`,
          );
          if (r) reload();
          return !!r;
        }}
      />

      <FormModal<{ name: string; parentId?: string }>
        open={dialog === 'edit' && !!selected}
        title={`编辑单位 · ${selected?.name ?? ''}`}
        onClose={() => setDialog(null)}
        loading={updateUnit.loading}
        initialValues={{ name: selected?.name, parentId: selected?.parentId ?? undefined }}
        okText="保存"
        testId="unit-edit-form"
        onSubmit={async (v) => {
          const r = await updateUnit.run(
            {
              input: {
                unitId: selected!.id,
                name: v.name,
                // The centre's parent (the city office) is outside the county's tree: kept as it is.
                parentId: v.parentId ?? selected!.parentId ?? null,
                // Someone else's change meanwhile is told (已被他人更新), not overwritten.
                expectedVersion: selected!.version,
              },
            },
            '单位信息已保存',
          );
          if (r) reload();
          return !!r;
        }}
      >
        <Form.Item label="单位类型">
          <Input value={label('UnitKind', selected?.kind)} disabled />
        </Form.Item>
        <Form.Item
          name="name"
          label="单位名称"
          rules={[{ required: true, whitespace: true, message: '请填写单位名称' }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        {parentOptions.length > 0 && (
          <Form.Item
            name="parentId"
            label="上级单位"
            extra={selected?.kind === 'VILLAGE' ? '村/社区可调整到另一个乡镇/街道' : undefined}
          >
            <Select options={parentOptions} showSearch optionFilterProp="label" />
          </Form.Item>
        )}
      </FormModal>
    </div>
  );
}
