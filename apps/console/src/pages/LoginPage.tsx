import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../gql';
import { errorText } from '../lib/submit';
import { setSession, type Session } from '../lib/session';
import { ChangePasswordForm } from '../components/account/ChangePasswordForm';

const LOGIN = graphql(`
  mutation ConsoleLogin($input: LoginInput!) {
    login(input: $input) {
      ...ConsoleSessionPayload
    }
  }
`);
const ENROL = graphql(`
  mutation ConsoleEnrollTotp {
    enrollTotp {
      secret
      otpauthUri
    }
  }
`);
const CONFIRM = graphql(`
  mutation ConsoleConfirmTotp($code: String!) {
    confirmTotp(code: $code) {
      ...ConsoleSessionPayload
    }
  }
`);

type Payload = Session & { requiresTotpEnrollment: boolean; requiresPasswordChange?: boolean };

const bearer = (token: string) => ({ fetchOptions: { headers: { authorization: `Bearer ${token}` } } });

export function LoginPage() {
  const client = useClient();
  const [error, setError] = useState<string | null>(null);
  const [needTotp, setNeedTotp] = useState(false);
  const [enrol, setEnrol] = useState<{ secret: string; uri: string; pending: Payload } | null>(null);
  /** Signed in with a password an administrator set: it is changed before anything else. */
  const [changing, setChanging] = useState<{ token: string; password: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function onLogin(v: { username: string; password: string; totpCode?: string }) {
    setBusy(true);
    setError(null);
    const res = await client
      .mutation(LOGIN, {
        input: { username: v.username.trim(), password: v.password, totpCode: v.totpCode || undefined },
      })
      .toPromise();
    setBusy(false);
    if (res.error) {
      const ext = JSON.stringify(res.error.graphQLErrors[0]?.extensions ?? {});
      if (ext.includes('TOTP_REQUIRED')) setNeedTotp(true);
      setError(errorText(res.error));
      return;
    }
    const p = res.data!.login as Payload;
    if (p.requiresPasswordChange) return setChanging({ token: p.accessToken, password: v.password });
    await continueWith(p);
  }

  async function continueWith(p: Payload) {
    setChanging(null);
    if (!p.requiresTotpEnrollment) return setSession(p);
    // County policy wants a second factor this person has not enrolled: enrol it first, with this session's token
    // (the console is not signed in until the enrolment is confirmed).
    const e = await client.mutation(ENROL, {}, bearer(p.accessToken)).toPromise();
    if (e.data) setEnrol({ secret: e.data.enrollTotp.secret, uri: e.data.enrollTotp.otpauthUri, pending: p });
    else if (e.error) setError(errorText(e.error));
  }

  async function onConfirm(v: { code: string }) {
    if (!enrol) return;
    const res = await client
      .mutation(CONFIRM, { code: v.code.trim() }, bearer(enrol.pending.accessToken))
      .toPromise();
    if (res.error) {
      setError(errorText(res.error));
      return;
    }
    setSession(res.data!.confirmTotp);
  }

  return (
    <div className="login-bg">
      <div className="login-brand">
        <div className="login-emblem">舆</div>
        <div>
          <div className="login-title">网络舆情应急处置平台</div>
          <div className="login-sub">县网络舆情应急监控中心 · 一函四单 · 1+3+N 联动</div>
        </div>
      </div>
      <Card
        className="login-card"
        title={enrol ? '绑定动态口令' : changing ? '首次登录请修改密码' : '账号登录'}
      >
        {error && (
          <Alert
            type="error"
            showIcon
            message={error}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        )}
        {changing ? (
          <>
            <Typography.Paragraph data-testid="must-change-password">
              您的密码由管理员设置（新账号的初始密码或重置后的密码），请设置只有您本人知道的新密码后继续。
            </Typography.Paragraph>
            <ChangePasswordForm
              token={changing.token}
              currentPassword={changing.password}
              submitText="修改密码并登录"
              onChanged={(next) => void continueWith(next)}
            />
          </>
        ) : enrol ? (
          <Form layout="vertical" onFinish={onConfirm}>
            <Typography.Paragraph>
              本县要求您的角色使用动态口令登录。请在身份验证器中添加以下密钥，然后输入显示的 6 位数字。
            </Typography.Paragraph>
            <Typography.Paragraph copyable code data-testid="totp-secret">
              {enrol.secret}
            </Typography.Paragraph>
            <Form.Item
              name="code"
              label="动态口令"
              rules={[{ required: true, len: 6, message: '请输入 6 位数字' }]}
            >
              <Input
                prefix={<SafetyCertificateOutlined />}
                inputMode="numeric"
                maxLength={6}
                autoComplete="one-time-code"
                data-testid="totp-code"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block data-testid="totp-confirm">
              确认绑定并登录
            </Button>
          </Form>
        ) : (
          <Form layout="vertical" onFinish={onLogin} size="large" requiredMark={false}>
            <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" data-testid="login-username" />
            </Form.Item>
            <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
              <Input.Password
                prefix={<LockOutlined />}
                autoComplete="current-password"
                data-testid="login-password"
              />
            </Form.Item>
            {needTotp && (
              <Form.Item
                name="totpCode"
                label="动态口令"
                rules={[{ required: true, len: 6, message: '请输入 6 位动态口令' }]}
              >
                <Input
                  prefix={<SafetyCertificateOutlined />}
                  inputMode="numeric"
                  maxLength={6}
                  autoComplete="one-time-code"
                  data-testid="login-totp"
                />
              </Form.Item>
            )}
            <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
              登 录
            </Button>
          </Form>
        )}
      </Card>
      <div className="login-foot">本平台仅限授权人员使用 · 操作全程留痕，可审计追溯</div>
    </div>
  );
}
