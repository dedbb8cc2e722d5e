import { existsSync } from 'node:fs';
import { Server } from 'node:http';
import { join, sep } from 'node:path';
import { AddressInfo } from 'node:net';
import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import expressStaticGzip from 'express-static-gzip';
import { DatabaseUrls, StartupError } from '@app/database';
import { AuthOptions } from '@app/identity';
import { LogIntegrity } from '@app/event-store';
import { Clock } from '@app/kernel';
import { AppConfig } from './app-config';
import { AppModule } from './app.module';

export interface RunningServer {
  app: INestApplication;
  /** Base URL, e.g. http://127.0.0.1:3000 */
  url: string;
  close(): Promise<void>;
}

export interface ApiServerOptions {
  urls: DatabaseUrls;
  config: AppConfig;
  clock?: Clock;
  logLevels?: LogLevel[];
  auth?: Partial<AuthOptions>;
  integrity: LogIntegrity;
  /** Connections per pool (DB_POOL_SIZE). */
  poolSize?: number;
  /** Runs after the application is built and before it accepts requests (e.g. seeding). */
  beforeListen?: (app: INestApplication) => Promise<void>;
  /** The built web console (a folder with index.html) to serve at `/`; none when absent. */
  consoleDir?: string;
}

/** Builds and starts the API on the configured port (0: any free port). Used by `npm start` and by e2e tests. */
export async function startApiServer(options: ApiServerOptions): Promise<RunningServer> {
  const app = await NestFactory.create(
    AppModule.forRoot({
      urls: options.urls,
      config: options.config,
      clock: options.clock,
      auth: options.auth,
      poolSize: options.poolSize,
      integrity: options.integrity,
    }),
    {
      logger: options.logLevels ?? ['error', 'warn'],
      abortOnError: false,
    },
  );
  if (options.consoleDir) serveConsole(app as NestExpressApplication, options.consoleDir);
  try {
    await app.init();
    await options.beforeListen?.(app);
    await app.listen(options.config.port, options.config.host);
  } catch (err) {
    await app.close().catch(() => undefined);
    if ((err as { code?: string }).code === 'EADDRINUSE') {
      throw new StartupError(
        `端口 ${options.config.port} 已被占用。请关闭占用它的程序，或设置 PORT 为其他端口 / Port ${options.config.port} is already in use: stop the program using it or set PORT to another port.`,
      );
    }
    if ((err as { code?: string }).code === 'EACCES') {
      throw new StartupError(
        `无权监听端口 ${options.config.port}。请设置 PORT 为 1024 以上的端口 / Not allowed to listen on port ${options.config.port}: set PORT above 1024.`,
      );
    }
    throw err;
  }
  const address = (app.getHttpServer() as Server).address() as AddressInfo;
  const host = options.config.host === '0.0.0.0' ? '127.0.0.1' : options.config.host;
  return { app, url: `http://${host}:${address.port}`, close: () => app.close() };
}

/**
 * The web console: its hashed assets cached for good, index.html never, and every other GET that asks for a page
 * answered with index.html (the console routes in the browser). /graphql, /healthz(/…) and /assets/ are never.
 * Assets go out as the build compressed them (`.br`, `.gz` beside each file; the browser's Accept-Encoding chooses):
 * about a quarter of the bytes on a county office's network, and no compressing per request.
 */
interface ConsoleRequest {
  method: string;
  path: string;
  accepts(type: string): string | false;
}
interface ConsoleResponse {
  setHeader(name: string, value: string): void;
  sendFile(path: string): void;
}

function serveConsole(app: NestExpressApplication, dir: string): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.use(
    expressStaticGzip(dir, {
      enableBrotli: true,
      orderPreference: ['br'],
      index: false,
      serveStatic: {
        index: false,
        setHeaders: (res: ConsoleResponse, path: string) =>
          res.setHeader(
            'Cache-Control',
            path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
          ),
      },
    }),
  );
  app.use((req: ConsoleRequest, res: ConsoleResponse, next: () => void) => {
    const api =
      req.path === '/graphql' ||
      req.path.startsWith('/graphql/') ||
      req.path === '/healthz' ||
      req.path.startsWith('/healthz/');
    // A missing asset (a tab still open from before a new build asking for an old chunk) is a 404, not the page.
    const asset = req.path.startsWith('/assets/');
    if ((req.method !== 'GET' && req.method !== 'HEAD') || api || asset || !req.accepts('html'))
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
