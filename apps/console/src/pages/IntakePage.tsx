import { EditOutlined } from '@ant-design/icons';
import { Button, Tabs, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { IntakeImportCard } from '../components/intake/IntakeImportCard';
import { IntakeQueueCard } from '../components/intake/IntakeQueueCard';
import { IntakeRepliesCard } from '../components/intake/IntakeRepliesCard';
import { IntakeSourcesCard } from '../components/intake/IntakeSourcesCard';
import { WatchListCard } from '../components/intake/WatchListCard';
import { can, useSession } from '../lib/session';

/**
 * 舆情线索 (issue 23): what the monitors found — the centre's own service, 网警, the 留言板 watch, every unit's hand
 * entries — waiting for the duty officer to register, attach or archive it; beside it, importing a monitoring
 * service's export and the county's sources (their keys and column mappings), as `me.capabilities` offers them.
 */
export default function IntakePage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const tabs = [
    { key: 'queue', label: '待研判', children: <IntakeQueueCard /> },
    // 领导留言板/书记县长信箱 messages until answered, whatever was decided about them.
    { key: 'replies', label: '留言待回复', children: <IntakeRepliesCard /> },
    can(session, 'IMPORT_INTAKE_FILES') && {
      key: 'import',
      label: '导入',
      children: <IntakeImportCard />,
    },
    { key: 'sources', label: '线索来源', children: <IntakeSourcesCard /> },
    // 关注清单/风险库 (004 §二(二)): what flags an arriving item and ranks it up.
    { key: 'watch', label: '关注清单', children: <WatchListCard /> },
  ].filter(Boolean) as { key: string; label: string; children: React.ReactNode }[];
  const active = tabs.some((t) => t.key === params.get('tab')) ? params.get('tab')! : 'queue';
  return (
    <div className="page intake-page" data-testid="intake-page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            舆情线索
          </Typography.Title>
          <Typography.Text type="secondary">
            各监测来源推送和各单位录入的线索，逐条或批量研判：登记为新事件、并入已有事件或说明理由归档
          </Typography.Text>
        </div>
        {can(session, 'ENTER_INTAKE_ITEMS') && (
          <Link to="/enter-intake">
            <Button icon={<EditOutlined />} data-testid="intake-enter-open">
              录入线索
            </Button>
          </Link>
        )}
      </div>
      <Tabs
        activeKey={active}
        onChange={(k) => setParams(k === 'queue' ? {} : { tab: k })}
        items={tabs}
        destroyOnHidden
        data-testid="intake-tabs"
      />
    </div>
  );
}
