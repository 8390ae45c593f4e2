/** Fetches a "mijn gegevens" link from the running app (its host may be PUBLIC_BASE_URL or the local default). */
export interface Download { status: number; type: string; disposition: string; cacheControl: string; referrer: string; body: string }

export async function download(appUrl: string, link: string): Promise<Download> {
  const url = new URL(link);
  const res = await fetch(`${appUrl}${url.pathname}${url.search}`);
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    disposition: res.headers.get('content-disposition') ?? '',
    cacheControl: res.headers.get('cache-control') ?? '',
    referrer: res.headers.get('referrer-policy') ?? '',
    body: await res.text(),
  };
}

/** The same link with its expiry moved or its signature changed: both must be refused. */
export function tampered(link: string, change: 'signature' | 'expires' | 'person', otherPersonId = '00000000-0000-4000-8000-000000000000'): string {
  const url = new URL(link);
  if (change === 'signature') url.searchParams.set('signature', (url.searchParams.get('signature') ?? '').replace(/^./, (c) => (c === '0' ? '1' : '0')));
  if (change === 'expires') url.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 86_400));
  if (change === 'person') url.pathname = url.pathname.replace(/[0-9a-f-]{36}/, otherPersonId);
  return url.toString();
}
