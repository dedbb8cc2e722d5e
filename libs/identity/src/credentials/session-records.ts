/** Why a session ended (auth_sessions.end_reason). */
export type SessionEnd =
  | 'LOGOUT'
  | 'REFRESH_REPLAYED'
  | 'PASSWORD_CHANGED'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'DEACTIVATED'
  | 'SECOND_FACTOR_CHANGED'
  | 'REPLACED';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const isUuid = (s: unknown): s is string => typeof s === 'string' && UUID.test(s);

/** A connection or transaction in the 'auth' row-security scope. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Ends one session now, with every refresh token issued in it; its access tokens fail on their next use (the
 * principal lookup reads the session). Idempotent: an ended session keeps its first end.
 */
export async function endSession(
  q: Queryable,
  sessionId: string,
  now: Date,
  reason: SessionEnd,
): Promise<void> {
  await q.query(
    `UPDATE auth_sessions SET ended_at = $2, end_reason = $3 WHERE session_id = $1 AND ended_at IS NULL`,
    [sessionId, now, reason],
  );
  await q.query(`UPDATE refresh_tokens SET revoked_at = $2 WHERE session_id = $1 AND revoked_at IS NULL`, [
    sessionId,
    now,
  ]);
}

/** Ends every open session of a user (replayed refresh token, new password, deactivation, second factor). */
export async function endAllSessions(
  q: Queryable,
  userId: string,
  now: Date,
  reason: SessionEnd,
): Promise<void> {
  await q.query(
    `UPDATE auth_sessions SET ended_at = $2, end_reason = $3 WHERE user_id = $1 AND ended_at IS NULL`,
    [userId, now, reason],
  );
  await q.query(`UPDATE refresh_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL`, [
    userId,
    now,
  ]);
}
