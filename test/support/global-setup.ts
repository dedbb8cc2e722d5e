import { SERVER_URL_ENV, startTestServer } from './test-server';

export default async function globalSetup(): Promise<void> {
  const { serverUrl, embedded } = await startTestServer();
  process.env[SERVER_URL_ENV] = serverUrl;
  (globalThis as { __embeddedTestServer?: unknown }).__embeddedTestServer = embedded;
}
