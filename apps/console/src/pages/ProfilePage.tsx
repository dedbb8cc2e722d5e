import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { graphql } from '../gql';
import { ChangePasswordForm } from '../components/account/ChangePasswordForm';
import { label } from '../lib/labels';
import { setSession, useSession } from '../lib/session';
import { errorText } from '../lib/submit';

const MY_ACCOUNT = graphql(`
  query ConsoleMyAccount($id: ID!) {
    user(id: $id) {
      id
      totpEnabled
    }
  }
`);
const ENROL = graphql(`
  mutation ConsoleProfileEnrollTotp($input: EnrollTotpInput) {
    enrollTotp(input: $input) {
      secret
      otpauthUri
    }
  }
`);
const CONFIRM = graphql(`
  mutation ConsoleProfileConfirmTotp($code: String!) {
    confirmTotp(code: $code) {
      ...ConsoleSessionPayload
    }
  }
`);

/** Binding a second factor, or moving it to a new phone (which takes the password and a current code). */
function SecondFactor({ bound, onBound }: { bound: boolean; onBound: () => void }) {
  const client = useClient();
  const { message } = App.useApp();
  const [pending, setPending] = useState<{ secret: string; uri: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function start(v: { currentPassword?: string; currentCode?: string }) {
    setError(null);
    const res = await client
      .mutation(ENROL, {
        input: bound ? { currentPassword: v.currentPassword!, currentCode: v.currentCode! } : null,
      })
      .toPromise();
    if (res.error) return setError(errorText(res.error));
    setPending({ secret: res.data!.enrollTotp.secret, uri: res.data!.enrollTotp.otpauthUri });
  }

  async function confirm(v: { code: string }) {
    setError(null);
    const res = await client.mutation(CONFIRM, { code: v.code.trim() }).toPromise();
    if (res.error) return setError(errorText(res.error));
    // Binding ends the sessions opened without it: this one goes on as the new session the API returned.
    setSession(res.data!.confirmTotp);
    setPending(null);
    message.success('动态口令已绑定，下次登录时需输入');
    onBound();
  }

  return (
    <>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {pending ? (
        <Form layout="vertical" onFinish={confirm} data-testid="totp-confirm-form">
          <Typography.Paragraph>
            请在身份验证器（如手机上的动态口令应用）中添加以下密钥，然后输入其显示的 6 位数字。
          </Typography.Paragraph>
          <Typography.Paragraph copyable code data-testid="profile-totp-secret">
            {pending.secret}
          </Typography.Paragraph>
          <Form.Item
            name="code"
            label="动态口令"
            rules={[{ required: true, len: 6, message: '请输入 6 位数字' }]}
          >
            <Input inputMode="numeric" maxLength={6} autoComplete="one-time-code" />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              确认绑定
            </Button>
            <Button onClick={() => setPending(null)}>取消</Button>
          </Space>
        </Form>
      ) : (
        <Form layout="vertical" onFinish={start} requiredMark={false}>
          <Typography.Paragraph>
            {bound ? (
              <>
                <Tag icon={<SafetyCertificateOutlined />} color="green">
                  已绑定
                </Tag>
                更换手机时，请输入登录密码和当前动态口令后重新绑定。
              </>
            ) : (
              '尚未绑定。绑定后登录时除密码外还须输入手机上的 6 位动态口令，账号更安全。'
            )}
          </Typography.Paragraph>
          {bound && (
            <>
              <Form.Item
                name="currentPassword"
                label="登录密码"
                rules={[{ required: true, message: '请输入登录密码' }]}
              >
                <Input.Password autoComplete="current-password" />
              </Form.Item>
              <Form.Item
                name="currentCode"
                label="当前动态口令"
                rules={[{ required: true, len: 6, message: '请输入 6 位数字' }]}
              >
                <Input inputMode="numeric" maxLength={6} autoComplete="one-time-code" />
              </Form.Item>
            </>
          )}
          <Button htmlType="submit" data-testid="totp-start">
            {bound ? '更换绑定' : '绑定动态口令'}
          </Button>
        </Form>
      )}
    </>
  );
}

/** 个人中心: who one is, one's own password and second factor. */
export default function ProfilePage() {
  const session = useSession()!;
  const { message } = App.useApp();
  const [account, refetch] = useQuery({ query: MY_ACCOUNT, variables: { id: session.me.id } });
  return (
    <div className="page">
      <Typography.Title level={4}>个人中心</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card size="small" title="本人信息">
            <Descriptions column={1} size="small">
              <Descriptions.Item label="姓名">{session.me.displayName}</Descriptions.Item>
              <Descriptions.Item label="登录名">{session.me.username}</Descriptions.Item>
              <Descriptions.Item label="单位">{session.me.unit.name}</Descriptions.Item>
              <Descriptions.Item label="角色">
                {session.me.roles.map((r) => label('Role', r)).join('、')}
              </Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              姓名、单位和角色由本县系统管理员维护。
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title="修改密码" data-testid="profile-password">
            <Typography.Paragraph type="secondary">
              修改后，您在其他设备上的登录将全部失效。
            </Typography.Paragraph>
            <ChangePasswordForm
              onChanged={(next) => {
                setSession(next);
                message.success('密码已修改');
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title="动态口令（双因素认证）" data-testid="profile-totp">
            {account.error ? (
              <Alert type="error" showIcon message={`加载失败：${errorText(account.error)}`} />
            ) : account.data ? (
              <SecondFactor
                bound={account.data.user.totpEnabled}
                onBound={() => refetch({ requestPolicy: 'network-only' })}
              />
            ) : null}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
