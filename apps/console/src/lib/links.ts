import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';

/**
 * The link in an e-mail or SMS notification is `<NOTIFY_LINK_BASE>/#/<ref>/<id>` (the API's referenceOf): a hash,
 * so that any path of the deployment serves it. This is where each one opens in the console. A task opens in the
 * inbox of the unit it was given to and on its incident's page for everyone else (TaskLink resolves it).
 */
export function pathOfNotificationLink(hash: string): string | null {
  const m =
    /^#\/(task|letter|incident|statement|duty_roster|daily_report|special_report|document|verify)\/([^/?#]+)$/.exec(
      hash,
    );
  if (!m) return null;
  const id = encodeURIComponent(decodeURIComponent(m[2]));
  switch (m[1]) {
    case 'incident':
      return `/incidents/${id}`;
    case 'task':
      return `/tasks/${id}`;
    case 'daily_report':
      return `/reports/${id}`;
    case 'special_report':
      return `/special-reports/${id}`;
    case 'statement':
      return '/statements';
    case 'duty_roster':
      return '/duty';
    case 'document':
      return `/documents/${id}`;
    case 'verify':
      // The QR code on a document's last page: 公文核验 with its code filled in.
      return `/documents?verify=${id}`;
    default:
      return '/inbox'; // a risk letter is signed for, and read, in the inbox
  }
}

/**
 * Where an arrival in the unit's inbox (the live notice: its refType and refId) opens in the console: the same
 * places as the links of the e-mail and SMS notifications.
 */
export function pathOfInboxRef(refType: string, refId: string): string {
  return pathOfNotificationLink(`#/${refType.toLowerCase()}/${encodeURIComponent(refId)}`) ?? '/inbox';
}

/** Rewrites the address once, before the router reads it (and before sign-in, which keeps the path). */
export function openNotificationLink(): void {
  const path = pathOfNotificationLink(location.hash);
  if (path) history.replaceState(null, '', path);
}

/** The same for a link opened in a tab where the console already runs (only the hash changes: no new load). */
export function useNotificationLinks(): void {
  const nav = useNavigate();
  useEffect(() => {
    const follow = () => {
      const path = pathOfNotificationLink(location.hash);
      if (path) void nav(path, { replace: true });
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [nav]);
}
