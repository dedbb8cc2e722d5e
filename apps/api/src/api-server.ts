import { existsSync } from 'node:fs';
import { Server } from 'node:http';
import { join, sep } from 'node:path';
import { AddressInfo } from 'node:net';
import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import expressStaticGzip from 'express-static-gzip';
import helmet from 'helmet';
import { DatabaseUrls, StartupError } from '@app/database';
import { RequestErrorReason } from '@app/graphql';
import { AuthOptions } from '@app/identity';
import { LogIntegrity } from '@app/event-store';
import { EvidenceSettings } from '@app/evidence';
import { Clock } from '@app/kernel';
import { AppConfig, DEFAULT_HTTP_LIMITS, HttpLimits } from './app-config';
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
  /** Evidence storage; from the environment when absent. */
  evidence?: EvidenceSettings;
  /** Connections per pool (DB_POOL_SIZE). */
  poolSize?: number;
  /** Runs after the application is built and before it accepts requests (e.g. seeding). */
  beforeListen?: (app: INestApplication) => Promise<void>;
  /** The built web console (a folder with index.html) to serve at `/`; none when absent. */
  consoleDir?: string;
}

/** Builds and starts the API on the configured port (0: any free port). Used by `npm start` and by e2e tests. */
export async function startApiServer(options: ApiServerOptions): Promise<RunningServer> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({
      urls: options.urls,
      config: options.config,
      clock: options.clock,
      auth: options.auth,
      poolSize: options.poolSize,
      integrity: options.integrity,
      evidence: options.evidence,
    }),
    {
      logger: options.logLevels ?? ['error', 'warn'],
      abortOnError: false,
      // Parsed below, with a limit and refusals a GraphQL client can read.
      bodyParser: false,
    },
  );
  const limits = options.config.http ?? DEFAULT_HTTP_LIMITS;
  guardHttp(app, limits);
  if (options.consoleDir) serveConsole(app, options.consoleDir);
  try {
    await app.init();
    await options.beforeListen?.(app);
    // A client that sends its request slowly (slowloris, a trickled body) is dropped as a balancer would drop it;
    // the checks run every second instead of Node's 30 s. WebSockets, once upgraded, are not HTTP requests.
    const http = app.getHttpServer();
    http.headersTimeout = limits.headersTimeoutMs;
    http.requestTimeout = limits.requestTimeoutMs;
    (http as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = 1000;
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
  const address = app.getHttpServer().address() as AddressInfo;
  const host = options.config.host === '0.0.0.0' ? '127.0.0.1' : options.config.host;
  return { app, url: `http://${host}:${address.port}`, close: () => app.close() };
}

/** A refusal before GraphQL runs, shaped as a GraphQL error so that every client reads it the same way. */
function refuse(
  res: { status(code: number): { json(body: unknown): void } },
  status: number,
  code: string,
  reason: string,
  zh: string,
  en: string,
): void {
  res
    .status(status)
    .json({ errors: [{ message: zh, extensions: { code, reason, messageZh: zh, messageEn: en } }] });
}

/**
 * What every response carries and every request must respect, before anything else runs: security headers (a
 * content security policy the console passes, no framing, no sniffing, no `x-powered-by`), and a request body of
 * bounded size that is JSON — refused otherwise with a coded GraphQL error in Chinese, not Express's English page.
 */
function guardHttp(app: NestExpressApplication, limits: HttpLimits): void {
  app.disable('x-powered-by');
  if (limits.trustProxy.length) app.set('trust proxy', limits.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          // antd writes its styles at run time.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'font-src': ["'self'", 'data:'],
          // 'self' covers the graphql-ws socket on the same host.
          'connect-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
          // Many county offices serve over plain HTTP on their own network: upgrading would break every asset.
          'upgrade-insecure-requests': null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.useBodyParser('json', { limit: `${limits.bodyLimitKb}kb` });
  app.use(
    (
      err: { type?: string } | undefined,
      _req: unknown,
      res: Parameters<typeof refuse>[0],
      next: (err?: unknown) => void,
    ) => {
      if (err?.type === 'entity.too.large')
        return refuse(
          res,
          413,
          'BAD_REQUEST',
          RequestErrorReason.REQUEST_TOO_LARGE,
          `请求内容过大（上限 ${limits.bodyLimitKb} KB），请缩短内容或分次提交`,
          `The request is too large (at most ${limits.bodyLimitKb} KB): shorten it or send it in parts`,
        );
      if (
        err?.type === 'entity.parse.failed' ||
        err?.type === 'encoding.unsupported' ||
        err?.type === 'charset.unsupported'
      )
        return refuse(
          res,
          400,
          'BAD_REQUEST',
          RequestErrorReason.REQUEST_NOT_JSON,
          '请求不是有效的 JSON（UTF-8），请检查请求内容',
          'The request is not valid JSON (UTF-8)',
        );
      next(err);
    },
  );
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
      req.path.startsWith('/healthz/') ||
      // Files (issued documents, ledgers): fetched with the bearer token, never a page.
      req.path.startsWith('/files/');
    // A missing asset (a tab still open from before a new build asking for an old chunk) is a 404, not the page.
    const asset = req.path.startsWith('/assets/');
    if ((req.method !== 'GET' && req.method !== 'HEAD') || api || asset || !req.accepts('html'))
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
