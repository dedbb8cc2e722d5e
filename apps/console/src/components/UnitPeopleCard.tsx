import { LockOutlined, SafetyCertificateOutlined, UserAddOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Popconfirm,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { label, USER_ROLE_COLOR, USER_ROLE_HINT, USER_ROLES } from '../lib/labels';
import { useSession } from '../lib/session';
import { useSubmit } from '../lib/submit';
import { fmt } from '../lib/time';
import { FormModal } from './FormModal';
import { ReasonDialog } from './ReasonDialog';
import { KindTag } from './tags';

const REGISTER_USER = graphql(`
  mutation ConsoleRegisterUser($input: RegisterUserInput!) {
    registerUser(input: $input) {
      id
      username
      displayName
    }
  }
`);
const CHANGE_ROLES = graphql(`
  mutation ConsoleChangeUserRoles($input: ChangeUserRolesInput!) {
    changeUserRoles(input: $input) {
      id
      roles
    }
  }
`);
const RESET_PASSWORD = graphql(`
  mutation ConsoleResetUserPassword($input: ResetUserPasswordInput!) {
    resetUserPassword(input: $input) {
      id
    }
  }
`);
const DEACTIVATE = graphql(`
  mutation ConsoleDeactivateUser($input: DeactivateUserInput!) {
    deactivateUser(input: $input) {
      id
      active
    }
  }
`);
const UNLOCK = graphql(`
  mutation ConsoleUnlockUserSignIn($input: UnlockUserSignInInput!) {
    unlockUserSignIn(input: $input) {
      id
      signIn {
        mustChangePassword
        pausedUntil
      }
    }
  }
`);
const REACTIVATE = graphql(`
  mutation ConsoleReactivateUser($userId: ID!) {
    reactivateUser(userId: $userId) {
      id
      active
    }
  }
`);

export interface Person {
  id: string;
  username: string;
  displayName: string;
  unitId: string;
  roles: string[];
  active: boolean;
  totpEnabled: boolean;
  /** Given to the person's administrator only. */
  signIn?: { mustChangePassword: boolean; pausedUntil?: string | null } | null;
}

/** The API's password rule (libs/identity password-policy), told before the API is asked. */
const PASSWORD_RULE =
  '管理员、审计员和领导至少 12 位，其他人员至少 10 位（最多 128 位）；须同时包含字母和数字，不能包含登录名或本县、本平台的名称，不能是常见密码或键盘序列（如 Qwerty123456）';
const REASONS = ['调离岗位', '离职或退休', '长期不在岗', '账号安全原因'];

/** A password to hand over once: 14 characters, letters and digits, none that read alike (0/O, 1/l/I). */
function generatePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(14));
    const p = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
    if (/[A-Za-z]/.test(p) && /\d/.test(p)) return p;
  }
}

/** Role checkboxes with what each opens; a form control (Form.Item gives it value and onChange). */
function RoleBoxes({
  requireTotpRoles,
  value,
  onChange,
}: {
  requireTotpRoles: string[];
  value?: Role[];
  onChange?: (roles: Role[]) => void;
}) {
  return (
    <Checkbox.Group className="role-boxes" value={value} onChange={onChange}>
      {USER_ROLES.map((r) => (
        <Checkbox key={r} value={r} data-testid={`role-${r}`}>
          <span className="role-name">{label('Role', r)}</span>
          {requireTotpRoles.includes(r) && (
            <Tooltip title="本县要求该角色使用动态口令登录">
              <LockOutlined className="role-lock" />
            </Tooltip>
          )}
          <div className="role-hint">{USER_ROLE_HINT[r]}</div>
        </Checkbox>
      ))}
    </Checkbox.Group>
  );
}

function PasswordField({ name, label: text }: { name: string; label: string }) {
  const form = Form.useFormInstance();
  return (
    <Form.Item label={text} required extra={`密码规则：${PASSWORD_RULE}`}>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item name={name} noStyle rules={[{ required: true, message: '请填写密码' }]}>
          <Input placeholder="请设置或随机生成" autoComplete="new-password" data-testid={`${name}-input`} />
        </Form.Item>
        <Button onClick={() => form.setFieldValue(name, generatePassword())}>随机生成</Button>
      </Space.Compact>
    </Form.Item>
  );
}

/**
 * The people of one unit (county ADMIN): add a person with roles and an initial password, change roles, reset a
 * password, deactivate with a reason (their sessions end at once) and reactivate.
 */
export function UnitPeopleCard({
  unit,
  parentName,
  people,
  highlight,
  requireTotpRoles,
  onChanged,
}: {
  unit: {
    id: string;
    name: string;
    kind: string;
    active?: boolean;
    deactivatedReason?: string | null;
    deactivatedAt?: string | null;
  };
  parentName?: string;
  people: Person[];
  highlight: (p: Person) => boolean;
  requireTotpRoles: string[];
  onChanged: () => void;
}) {
  const session = useSession()!;
  const { modal } = App.useApp();
  const registerUser = useSubmit(REGISTER_USER);
  const changeRoles = useSubmit(CHANGE_ROLES);
  const resetPassword = useSubmit(RESET_PASSWORD);
  const deactivate = useSubmit(DEACTIVATE);
  const reactivate = useSubmit(REACTIVATE);
  const unlock = useSubmit(UNLOCK);
  const [unlockOf, setUnlockOf] = useState<Person | null>(null);
  const [adding, setAdding] = useState(false);
  const [rolesOf, setRolesOf] = useState<Person | null>(null);
  const [passwordOf, setPasswordOf] = useState<Person | null>(null);
  const [reason, setReason] = useState('');
  const active = people.filter((p) => p.active).length;
  const sorted = [...people].sort(
    (a, b) => Number(b.active) - Number(a.active) || a.username.localeCompare(b.username),
  );

  /** The credentials are shown once, to be handed over in person: the platform keeps only a hash. */
  const handOver = (title: string, username: string, password: string) =>
    modal.success({
      title,
      width: 460,
      okText: '我已记下',
      content: (
        <div data-testid="handover">
          <p>请当面或通过安全渠道告知本人，此密码不会再次显示：</p>
          <p>
            登录名：<Typography.Text code>{username}</Typography.Text>
          </p>
          <p>
            密码：
            <Typography.Text code copyable>
              {password}
            </Typography.Text>
          </p>
        </div>
      ),
    });

  return (
    <Card
      size="small"
      data-testid="unit-people"
      title={
        <Space wrap size={6}>
          <span className="people-unit">{unit.name}</span>
          <KindTag kind={unit.kind} />
          {parentName && <span className="muted people-parent">上级：{parentName}</span>}
        </Space>
      }
      extra={
        <Button
          type="primary"
          icon={<UserAddOutlined />}
          onClick={() => setAdding(true)}
          data-testid="user-add"
        >
          新增人员
        </Button>
      }
    >
      {unit.active === false && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 10 }}
          data-testid="unit-stood-down"
          message={`已停用${unit.deactivatedAt ? `（${fmt(unit.deactivatedAt)}）` : ''}：${unit.deactivatedReason ?? ''}`}
          description="不再接收派单、风险提示函和联动，不能新增或恢复人员；历史记录保留。"
        />
      )}
      <div className="people-summary muted">
        在用 {active} 人{people.length > active ? `，已停用 ${people.length - active} 人` : ''}
        。停用或重置密码后，其已登录的会话立即失效；角色调整即时生效。
      </div>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={sorted}
        scroll={{ x: 600 }}
        rowClassName={(p) => `${p.active ? '' : 'row-inactive'} ${highlight(p) ? 'row-hit' : ''}`}
        locale={{ emptyText: '该单位尚无人员，请点击「新增人员」' }}
        columns={[
          {
            title: '人员',
            width: 132,
            render: (_, p) => (
              <div className="person" data-testid={`user-${p.username}`}>
                <div className="person-name">
                  {p.displayName}
                  {p.id === session.me.id && <span className="muted">（本人）</span>}
                </div>
                <div className="mono muted">{p.username}</div>
              </div>
            ),
          },
          {
            title: '角色',
            render: (_, p) => (
              <Space size={[0, 4]} wrap>
                {p.roles.map((r) => (
                  <Tag key={r} color={USER_ROLE_COLOR[r]}>
                    {label('Role', r)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: '状态',
            width: 76,
            render: (_, p) => (
              <Space direction="vertical" size={2}>
                {p.active ? <Badge status="success" text="在用" /> : <Badge status="default" text="已停用" />}
                {p.signIn?.pausedUntil && (
                  <Tooltip
                    title={`密码多次错误，登录暂停至 ${fmt(p.signIn.pausedUntil)}；核实是本人后可解锁`}
                  >
                    <Tag color="red" data-testid={`paused-${p.username}`}>
                      登录暂停
                    </Tag>
                  </Tooltip>
                )}
                {p.active && p.signIn?.mustChangePassword && (
                  <Tooltip title="密码由管理员设置，本人下次登录时须先修改">
                    <Tag color="gold">待改密</Tag>
                  </Tooltip>
                )}
              </Space>
            ),
          },
          {
            title: '动态口令',
            width: 92,
            render: (_, p) => {
              if (p.totpEnabled)
                return (
                  <Tag icon={<SafetyCertificateOutlined />} color="green">
                    已绑定
                  </Tag>
                );
              const required = p.roles.some((r) => requireTotpRoles.includes(r));
              return required ? (
                <Tooltip title="本县要求其角色使用动态口令：下次登录时须先绑定">
                  <Tag color="orange">待绑定</Tag>
                </Tooltip>
              ) : (
                <span className="muted">未绑定</span>
              );
            },
          },
          {
            title: '操作',
            width: 150,
            fixed: 'right', // on a phone the table scrolls; the actions stay in reach
            render: (_, p) => (
              <Space size={0} className="row-actions" wrap>
                {p.signIn?.pausedUntil && p.active && (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => setUnlockOf(p)}
                    data-testid={`unlock-${p.username}`}
                  >
                    解锁
                  </Button>
                )}
                <Tooltip title="调整角色（即时生效）">
                  <Button
                    type="link"
                    size="small"
                    disabled={!p.active}
                    onClick={() => setRolesOf(p)}
                    data-testid={`roles-${p.username}`}
                  >
                    角色
                  </Button>
                </Tooltip>
                <Tooltip title="重置密码（其会话失效）">
                  <Button
                    type="link"
                    size="small"
                    disabled={!p.active}
                    onClick={() => setPasswordOf(p)}
                    data-testid={`password-${p.username}`}
                  >
                    密码
                  </Button>
                </Tooltip>
                {p.active ? (
                  p.id !== session.me.id && (
                    <Popconfirm
                      title={`停用 ${p.displayName}（${p.username}）？`}
                      okText="停用"
                      okButtonProps={{ danger: true, disabled: !reason.trim(), loading: deactivate.loading }}
                      cancelText="取消"
                      onOpenChange={(open) => open && setReason('')}
                      description={
                        <div className="deactivate-box">
                          <div className="muted">其会话立即失效、不能再登录；可随时恢复。</div>
                          <Input
                            placeholder="停用原因（必填）"
                            value={reason}
                            maxLength={200}
                            onChange={(e) => setReason(e.target.value)}
                            data-testid="deactivate-reason"
                          />
                          <Space size={4} wrap style={{ marginTop: 6 }}>
                            {REASONS.map((r) => (
                              <Tag key={r} className="clickable" onClick={() => setReason(r)}>
                                {r}
                              </Tag>
                            ))}
                          </Space>
                        </div>
                      }
                      onConfirm={() =>
                        deactivate
                          .run({ input: { userId: p.id, reason } }, `已停用 ${p.displayName}`)
                          .then((r) => r && onChanged())
                      }
                    >
                      <Button type="link" size="small" danger data-testid={`deactivate-${p.username}`}>
                        停用
                      </Button>
                    </Popconfirm>
                  )
                ) : (
                  <Popconfirm
                    title={`恢复 ${p.displayName}（${p.username}）？`}
                    description="恢复后可用原密码登录；如有疑虑请同时重置密码。"
                    okText="恢复"
                    cancelText="取消"
                    onConfirm={() =>
                      reactivate
                        .run({ userId: p.id }, `已恢复 ${p.displayName}`)
                        .then((r) => r && onChanged())
                    }
                  >
                    <Button type="link" size="small" data-testid={`reactivate-${p.username}`}>
                      恢复
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />

      <ReasonDialog
        open={!!unlockOf}
        title={`解锁登录 · ${unlockOf?.displayName ?? ''}（${unlockOf?.username ?? ''}）`}
        label="解锁原因"
        placeholder="如：已电话核实为本人"
        rows={1}
        maxLength={200}
        note="其登录因密码多次错误被暂停。请先核实是本人在登录（而非他人猜测密码）；如本人忘记密码，请改用「密码」重置。解锁记入审计。"
        okText="解锁"
        loading={unlock.loading}
        testId="unlock-form"
        onClose={() => setUnlockOf(null)}
        onSubmit={async (reason) => {
          const who = unlockOf!;
          const r = await unlock.run(
            { input: { userId: who.id, reason } },
            `已解锁 ${who.displayName} 的登录`,
          );
          if (r) onChanged();
          return !!r;
        }}
      />

      <FormModal<{
        username: string;
        displayName: string;
        roles: Role[];
        initialPassword: string;
        passwordTemporary: boolean;
      }>
        open={adding}
        title={`新增人员 · ${unit.name}`}
        onClose={() => setAdding(false)}
        loading={registerUser.loading}
        initialValues={{ roles: ['HANDLER'], passwordTemporary: true }}
        okText="新增"
        width={600}
        testId="user-add-form"
        onSubmit={async (v) => {
          const r = await registerUser.run(
            { input: { ...v, username: v.username.trim(), unitId: unit.id } },
            `已新增人员：${v.displayName.trim()}`,
          );
          if (!r) return false;
          onChanged();
          handOver('人员已新增', r.registerUser.username, v.initialPassword);
          return true;
        }}
      >
        <Form.Item
          name="username"
          label="登录名"
          extra="3–32 位，小写字母开头，可含小写字母、数字及 . _ -；建议用姓名拼音"
          rules={[{ required: true, whitespace: true, message: '请填写登录名' }]}
        >
          <Input maxLength={32} autoComplete="off" placeholder="如：zhangsan" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label="姓名"
          rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="roles" label="角色" rules={[{ required: true, message: '请至少选择一个角色' }]}>
          <RoleBoxes requireTotpRoles={requireTotpRoles} />
        </Form.Item>
        <PasswordField name="initialPassword" label="初始密码" />
        <Form.Item name="passwordTemporary" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox data-testid="password-temporary">首次登录须修改初始密码（建议保留）</Checkbox>
        </Form.Item>
      </FormModal>

      <FormModal<{ roles: Role[] }>
        open={!!rolesOf}
        title={`调整角色 · ${rolesOf?.displayName ?? ''}（${rolesOf?.username ?? ''}）`}
        onClose={() => setRolesOf(null)}
        loading={changeRoles.loading}
        initialValues={{ roles: (rolesOf?.roles ?? []) as Role[] }}
        okText="保存"
        width={600}
        testId="user-roles-form"
        onSubmit={async (v) => {
          const r = await changeRoles.run(
            { input: { userId: rolesOf!.id, roles: v.roles } },
            `已调整 ${rolesOf!.displayName} 的角色`,
          );
          if (r) onChanged();
          return !!r;
        }}
      >
        {rolesOf?.id === session.me.id && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message="这是您本人的账号：去掉「系统管理员」后将无法再管理单位与人员。"
          />
        )}
        <Form.Item name="roles" label="角色" rules={[{ required: true, message: '请至少选择一个角色' }]}>
          <RoleBoxes requireTotpRoles={requireTotpRoles} />
        </Form.Item>
      </FormModal>

      <FormModal<{ newPassword: string }>
        open={!!passwordOf}
        title={`重置密码 · ${passwordOf?.displayName ?? ''}（${passwordOf?.username ?? ''}）`}
        onClose={() => setPasswordOf(null)}
        loading={resetPassword.loading}
        okText="重置"
        testId="user-password-form"
        onSubmit={async (v) => {
          const who = passwordOf!;
          const r = await resetPassword.run(
            { input: { userId: who.id, newPassword: v.newPassword } },
            `已重置 ${who.displayName} 的密码`,
          );
          if (!r) return false;
          onChanged();
          handOver('密码已重置', who.username, v.newPassword);
          return true;
        }}
      >
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message="重置后其已登录的会话全部失效，须用新密码登录并立即修改为只有本人知道的密码；已绑定的动态口令不变。"
        />
        <PasswordField name="newPassword" label="新密码" />
      </FormModal>
    </Card>
  );
}
