import { Typography } from 'antd';
import { IntakeQueueCard } from '../components/intake/IntakeQueueCard';
import { WatchListCard } from '../components/intake/WatchListCard';

/**
 * 舆情线索 (issue 23): what the monitors found — the centre's own service, 网警, the 留言板 watch, every unit's hand
 * entries — waiting for the duty officer to register, attach or archive it.
 */
export default function IntakePage() {
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
      </div>
      <IntakeQueueCard />
      <WatchListCard />
    </div>
  );
}
