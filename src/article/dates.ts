const DATE_ONLY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DATE_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})[Tt ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|z|UTC|[+-]\d{1,2}(?::?\d{2})?)?$/;

const pad = (s: string | undefined, n = 2): string => (s ?? '').padStart(n, '0');

/**
 * Front matter dates as ISO 8601: "2023-11-07" stays a date; "2024-03-01 10:00:00 -0800" becomes
 * "2024-03-01T10:00:00-08:00" (the written offset is kept, not converted to UTC).
 */
export function normaliseDate(v: unknown): string | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString();
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  const d = DATE_ONLY.exec(s);
  if (d) return `${d[1]}-${pad(d[2])}-${pad(d[3])}`;
  const t = DATE_TIME.exec(s);
  if (t) {
    const base = `${t[1]}-${pad(t[2])}-${pad(t[3])}T${pad(t[4])}:${t[5]}:${pad(t[6] ?? '00')}${t[7] ?? ''}`;
    return base + zone(t[8]);
  }
  const parsed = Date.parse(s);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}

function zone(z: string | undefined): string {
  if (!z) return '';
  if (/^(?:z|utc)$/i.test(z)) return 'Z';
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  if (!m) return '';
  return `${m[1]}${pad(m[2])}:${m[3] ?? '00'}`;
}
