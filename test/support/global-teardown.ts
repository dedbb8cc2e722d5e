import type { EmbeddedServer } from '../../libs/database/src';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __embeddedTestServer?: EmbeddedServer }).__embeddedTestServer;
  await embedded?.stop();
}
