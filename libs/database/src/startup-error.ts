/**
 * An error that ends start-up with one line telling a person what is wrong and what to do.
 * main.ts prints `message` alone (no stack trace) and exits non-zero.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

interface PgLikeError {
  code?: string;
  message?: string;
  address?: string;
  port?: number;
}

/** Translates connection failures into a line a person can act on. */
export function explainConnectionError(err: unknown, where: string): StartupError {
  const e = (err ?? {}) as PgLikeError;
  switch (e.code) {
    case 'ECONNREFUSED':
      return new StartupError(
        `无法连接数据库 ${where}：连接被拒绝。请启动 PostgreSQL 或更正 DATABASE_URL / Cannot reach the database at ${where} (connection refused): start PostgreSQL or fix DATABASE_URL.`,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError(
        `数据库主机名无法解析 ${where}。请更正 DATABASE_URL / Database host in ${where} cannot be resolved: fix DATABASE_URL.`,
      );
    case 'ETIMEDOUT':
      return new StartupError(
        `连接数据库超时 ${where}。请检查网络或 DATABASE_URL / Timed out connecting to ${where}: check the network or DATABASE_URL.`,
      );
    case '28P01':
    case '28000':
      return new StartupError(
        `数据库拒绝了用户名或密码 ${where}。请更正 DATABASE_URL 中的凭据 / The database rejected the user or password for ${where}: fix the credentials in DATABASE_URL.`,
      );
    case '3D000':
      return new StartupError(
        `数据库不存在 ${where}，且无法自动创建。请先执行 createdb / Database ${where} does not exist and could not be created: create it first (createdb).`,
      );
    case undefined:
    default:
      return new StartupError(
        `连接数据库失败 ${where}：${e.message ?? String(err)} / Could not use the database at ${where}: ${e.message ?? String(err)}`,
      );
  }
}
