/** Query parameters that only say how a link was shared, not what it points at. */
const TRACKING =
  /^(utm_.*|spm|from|share_.*|share|shareid|isappinstalled|scene|clicktime|enterid|wfr|_wb_.*|vd_source)$/i;

/**
 * One spelling per post, so the same URL from two monitors is one item: lower-case scheme and host, no `www.`, no
 * default port, no fragment, no tracking parameters, the rest sorted, no trailing slash. Null when not http(s).
 */
export function normalizeUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const port = u.port && !['80', '443'].includes(u.port) ? `:${u.port}` : '';
  const params = [...u.searchParams.entries()]
    .filter(([k]) => !TRACKING.test(k))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = u.pathname.replace(/\/+$/, '');
  // http and https of one post are the same post.
  return `${host}${port}${path}${query}`;
}
