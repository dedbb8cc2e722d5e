import { FaultCluster } from './fault-cluster';

export default function globalTeardown(): void {
  new FaultCluster().shutdown();
}
