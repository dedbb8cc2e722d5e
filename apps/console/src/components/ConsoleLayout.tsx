import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BellOutlined,
  DashboardOutlined,
  FileTextOutlined,
  InboxOutlined,
  LogoutOutlined,
  NotificationOutlined,
  ProfileOutlined,
  ReadOutlined,
  FileDoneOutlined,
  ScheduleOutlined,
  SettingOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { App, Avatar, Badge, Button, Dropdown, Layout, Menu, Space, Tooltip } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useClient, useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import { useCountyName } from '../lib/county';
import { label } from '../lib/labels';
import { pathOfInboxRef } from '../lib/links';
import { publishLiveChange } from '../lib/live';
import {
  canAudit,
  getSession,
  hasRole,
  isAuditor,
  isCentre,
  readsDailyReports,
  readsSpecialReports,
  setSession,
  useSession,
} from '../lib/session';

const INBOX_COUNT = graphql(`
  query ConsoleInboxCount {
    inbox(first: 1) {
      totalCount
    }
  }
`);
const INBOX_CHANGED = graphql(`
  subscription ConsoleInboxChanged {
    inboxChanged {
      kind
      title
      note
      incidentId
      refType
      refId
      at
      confidential
    }
  }
`);
const LOGOUT = graphql(`
  mutation ConsoleLogout($t: String!) {
    logout(refreshToken: $t)
  }
`);

export function ConsoleLayout({ children }: { children: ReactNode }) {
  const session = useSession()!;
  const nav = useNavigate();
  const loc = useLocation();
  const client = useClient();
  const { notification } = App.useApp();
  const [collapsed, setCollapsed] = useState(false);
  const county = useCountyName();
  useEffect(() => {
    document.title = `${county ?? ''}网络舆情应急处置平台`;
  }, [county]);
  const [{ data: count }, refetchCount] = useQuery({ query: INBOX_COUNT, requestPolicy: 'network-only' });
  const [live] = useSubscription({ query: INBOX_CHANGED, pause: isAuditor(session) });

  // Each arrival in the unit's inbox: the badge is counted again and the clerk is told what arrived.
  useEffect(() => {
    const c = live.data?.inboxChanged;
    if (!c) return;
    refetchCount({ requestPolicy: 'network-only' });
    publishLiveChange();
    const key = `${c.refId}-${c.kind}`;
    notification.info({
      key,
      message: label('InboxChangeKind', c.kind),
      // A report is named by its number and title (the API's note); anything else by its incident.
      description: c.confidential
        ? '涉密事项（内容不在通知中显示）'
        : ((c.kind === 'SPECIAL_REPORT' ? c.note : null) ?? c.title ?? ''),
      placement: 'bottomRight',
      duration: 6,
      className: 'clickable',
      // A tap opens what arrived, where its e-mail or SMS link would.
      onClick: () => {
        notification.destroy(key);
        void nav(pathOfInboxRef(c.refType, c.refId));
      },
    });
  }, [live.data, refetchCount, notification, nav]);

  const items = [
    isCentre(session) &&
      !isAuditor(session) && { key: '/dashboard', icon: <DashboardOutlined />, label: '工作台' },
    // 舆情线索: the centre's queue of what the monitors found (its auditors read it too).
    isCentre(session) && { key: '/intake', icon: <AlertOutlined />, label: '舆情线索' },
    { key: '/incidents', icon: <FileTextOutlined />, label: '舆情事件' },
    !isAuditor(session) && { key: '/inbox', icon: <InboxOutlined />, label: '待办' },
    // Every unit's duty is read by its own people; the county's auditors read any unit's (DutyRead).
    { key: '/duty', icon: <ScheduleOutlined />, label: '值班' },
    readsDailyReports(session) && { key: '/reports', icon: <ProfileOutlined />, label: '舆情日报' },
    readsSpecialReports(session) && { key: '/special-reports', icon: <ReadOutlined />, label: '舆情专报' },
    { key: '/documents', icon: <FileDoneOutlined />, label: '公文' },
    (session.me.unit.kind === 'PROPAGANDA_DEPT' || isCentre(session)) &&
      !isAuditor(session) && { key: '/statements', icon: <NotificationOutlined />, label: '口径/通稿' },
    canAudit(session) && { key: '/audit', icon: <AuditOutlined />, label: '审计' },
    isCentre(session) &&
      hasRole(session, 'ADMIN') && { key: '/organization', icon: <ApartmentOutlined />, label: '组织与人员' },
    isCentre(session) &&
      hasRole(session, 'ADMIN') && { key: '/admin', icon: <SettingOutlined />, label: '系统设置' },
  ].filter(Boolean) as { key: string; icon: ReactNode; label: string }[];
  const selected = items.find((i) => loc.pathname.startsWith(i.key))?.key;

  async function logout() {
    const s = getSession();
    if (s) await client.mutation(LOGOUT, { t: s.refreshToken }).toPromise();
    setSession(null);
    void nav('/');
  }

  return (
    <Layout className="console">
      <Layout.Sider
        breakpoint="lg"
        collapsedWidth={0}
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={208}
        className="console-sider"
      >
        <div className="brand" onClick={() => nav('/')}>
          <div className="brand-emblem">舆</div>
          <div className="brand-text">
            <div>舆情应急处置平台</div>
            <small>{county}</small>
          </div>
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={items}
          onClick={(e) => {
            void nav(e.key);
            if (window.innerWidth < 992) setCollapsed(true);
          }}
          data-testid="main-menu"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="console-header">
          <div className="header-unit" data-testid="header-unit">
            {session.me.unit.name}
          </div>
          <Space size={16} align="center">
            {!isAuditor(session) && (
              <Tooltip title="本单位待办（实时）">
                <Badge
                  count={count?.inbox.totalCount ?? 0}
                  size="small"
                  offset={[-2, 2]}
                  data-testid="inbox-badge"
                >
                  <Button
                    type="text"
                    className="header-btn"
                    icon={<BellOutlined />}
                    onClick={() => nav('/inbox')}
                  />
                </Badge>
              </Tooltip>
            )}
            {/* Opened by a click or a tap: a phone has no hover, and a menu that closes as the pointer crosses a gap is
                lost. */}
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  {
                    key: 'roles',
                    disabled: true,
                    label: session.me.roles.map((r) => label('Role', r)).join('、'),
                  },
                  {
                    key: 'profile',
                    icon: <UserOutlined />,
                    label: <span data-testid="menu-profile">个人中心（修改密码、动态口令）</span>,
                    onClick: () => nav('/profile'),
                  },
                  {
                    key: 'logout',
                    icon: <LogoutOutlined />,
                    label: '退出登录',
                    onClick: () => void logout(),
                  },
                ],
              }}
            >
              <Space className="header-user" data-testid="header-user">
                <Avatar size="small" style={{ background: '#3b6fd8' }}>
                  {session.me.displayName.slice(0, 1)}
                </Avatar>
                <span className="header-name">{session.me.displayName}</span>
              </Space>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content className="console-content">{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
