import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import { errorText } from '../../lib/submit';
import type { Session } from '../../lib/session';

export const CHANGE_PASSWORD = graphql(`
  mutation ConsoleChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ...ConsoleSessionPayload
    }
  }
`);

export type ChangedSession = Session & { requiresTotpEnrollment: boolean; requiresPasswordChange: boolean };

/** The API's rule for a new password (libs/identity password-policy), told before the API is asked. */
export const NEW_PASSWORD_RULE =
  '管理员、审计员和领导至少 12 位，其他人员至少 10 位；须同时包含字母和数字，不能包含登录名，不能是常见密码或键盘序列';

/**
 * Changing one's own password: the current one (asked unless the caller already has it — right after signing in with
 * it), the new one twice. Answers with the new session the API opens (the others end).
 */
export function ChangePasswordForm({
  token,
  currentPassword,
  submitText = '修改密码',
  onChanged,
}: {
  /** The session to change it with (a sign-in's own, before the console holds it). */
  token?: string;
  currentPassword?: string;
  submitText?: string;
  onChanged: (next: ChangedSession) => void;
}) {
  const client = useClient();
  const [form] = Form.useForm<{ currentPassword?: string; newPassword: string; confirm: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(v: { currentPassword?: string; newPassword: string }) {
    setBusy(true);
    setError(null);
    const res = await client
      .mutation(
        CHANGE_PASSWORD,
        {
          input: { currentPassword: currentPassword ?? v.currentPassword ?? '', newPassword: v.newPassword },
        },
        token ? { fetchOptions: { headers: { authorization: `Bearer ${token}` } } } : undefined,
      )
      .toPromise();
    setBusy(false);
    if (res.error) return setError(errorText(res.error));
    form.resetFields();
    onChanged(res.data!.changePassword);
  }

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      requiredMark={false}
      data-testid="change-password-form"
    >
      {error && (
        <Alert
          type="error"
          showIcon
          message={error}
          style={{ marginBottom: 16 }}
          data-testid="change-password-error"
        />
      )}
      {currentPassword === undefined && (
        <Form.Item
          name="currentPassword"
          label="当前密码"
          rules={[{ required: true, message: '请输入当前密码' }]}
        >
          <Input.Password
            prefix={<LockOutlined />}
            autoComplete="current-password"
            data-testid="current-password"
          />
        </Form.Item>
      )}
      <Form.Item
        name="newPassword"
        label="新密码"
        extra={NEW_PASSWORD_RULE}
        rules={[{ required: true, message: '请输入新密码' }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label="再次输入新密码"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error('两次输入的新密码不一致')),
          }),
        ]}
      >
        <Input.Password
          prefix={<LockOutlined />}
          autoComplete="new-password"
          data-testid="confirm-password"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy} data-testid="change-password-submit">
        {submitText}
      </Button>
    </Form>
  );
}
