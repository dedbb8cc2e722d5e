import {
  AlertOutlined,
  ApartmentOutlined,
  EditOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FormOutlined,
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
import { publishLiveChange, useLiveRefresh } from '../lib/live';
import { can, getSession, setSession, useSession, worksStatements, worksTheCounty } from '../lib/session';

const INBOX_COUNT = graphql(`
  query ConsoleInboxCount {
    inbox(first: 1) {
      totalCount
    }
  }
`);
const COUNTY_LEADERS = graphql(`
  query ConsoleCountyLeaderIds {
    countyLeaders {
      userId
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
  // 待办 is for those the API gives one (WORK_INBOX): an auditor acts on nothing.
  const worksInbox = can(session, 'WORK_INBOX');
  const [{ data: count }, refetchCount] = useQuery({
    query: INBOX_COUNT,
    requestPolicy: 'network-only',
    pause: !worksInbox,
  });
  const [live] = useSubscription({ query: INBOX_CHANGED, pause: !worksInbox });
  // The county's leaders (on the roster the administrator keeps) have a desk of their own.
  const [{ data: roster }] = useQuery({
    query: COUNTY_LEADERS,
    // Only leaders can be on the roster: the others need not ask.
    pause: !session.me.roles.includes('LEADER'),
    requestPolicy: 'cache-first',
  });
  const onRoster = !!roster?.countyLeaders.some((l) => l.userId === session.me.id);

  // The badge counts the 待办 list itself (inbox.totalCount), again on every arrival, after every step the person
  // takes (useSubmit publishes it: approving a statement takes it off their list) and on coming back to the tab.
  useLiveRefresh(
    () => {
      if (worksInbox) refetchCount({ requestPolicy: 'network-only' });
    },
    60_000,
    300,
  );

  // Each arrival in the unit's inbox: the pages that show it refresh and the clerk is told what arrived.
  useEffect(() => {
    const c = live.data?.inboxChanged;
    if (!c) return;
    publishLiveChange();
    const key = `${c.refId}-${c.kind}`;
    notification.info({
      key,
      message: label('InboxChangeKind', c.kind),
      // A report is named by its number and title (the API's note); anything else by its incident.
      description: c.confidential
        ? '涉密事项（内容不在通知中显示）'
        : ((c.kind === 'SPECIAL_REPORT' || c.kind === 'FLASH_REPORT' ? c.note : null) ?? c.title ?? ''),
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
    worksTheCounty(session) && { key: '/dashboard', icon: <DashboardOutlined />, label: '工作台' },
    // 舆情线索: the centre's queue of what the monitors found (the county's auditors read it too).
    can(session, 'READ_INTAKE_QUEUE') && { key: '/intake', icon: <AlertOutlined />, label: '舆情线索' },
    { key: '/incidents', icon: <FileTextOutlined />, label: '舆情事件' },
    worksInbox && { key: '/inbox', icon: <InboxOutlined />, label: '待办' },
    // 录入线索: any unit's people enter what they found by hand (a village's 网格员 on a phone too).
    can(session, 'ENTER_INTAKE_ITEMS') && { key: '/enter-intake', icon: <FormOutlined />, label: '录入线索' },
    // Every unit's duty is read by its own people; the county's auditors read any unit's (DutyRead).
    { key: '/duty', icon: <ScheduleOutlined />, label: '值班' },
    // Menus, routes and page-level buttons follow Me.capabilities, which the API decides by the access policy.
    can(session, 'READ_DAILY_REPORTS') && { key: '/reports', icon: <ProfileOutlined />, label: '舆情日报' },
    can(session, 'READ_SPECIAL_REPORTS') && {
      key: '/special-reports',
      icon: <ReadOutlined />,
      label: '专报与快报',
    },
    { key: '/documents', icon: <FileDoneOutlined />, label: '公文' },
    { key: '/assessment', icon: <BarChartOutlined />, label: '统计与考核' },
    // The statements desk (口径/通稿): where the county's statements are drafted, approved and published.
    worksStatements(session) && { key: '/statements', icon: <NotificationOutlined />, label: '口径/通稿' },
    can(session, 'READ_AUDIT') && { key: '/audit', icon: <AuditOutlined />, label: '审计' },
    can(session, 'ADMINISTER_ORGANIZATION') && {
      key: '/organization',
      icon: <ApartmentOutlined />,
      label: '组织与人员',
    },
    can(session, 'ADMINISTER_SETTINGS') && { key: '/admin', icon: <SettingOutlined />, label: '系统设置' },
    // A leader's desk: plans to consent to, incidents escalated to them, their instructions (issue 19). Last, because
    // it appears once the roster has answered: an entry above the others would move them under a finger (or a click).
    onRoster && { key: '/leader', icon: <EditOutlined />, label: '领导批示' },
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
            {worksInbox && (
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
