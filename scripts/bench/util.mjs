// Small helpers of the bench: statistics, compression, formatting, timeouts.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export const KB = 1024;

export function median(values) {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

/** gzip at level 9 and brotli at quality 11 (what a static host would precompress). */
export function compressedSizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

export const bytes = (n) => `${n.toLocaleString('en')} B`;
export const kb = (n) => `${(n / KB).toFixed(1)} KB`;
export const ms = (n) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
export const mib = (n) => `${(n / KB / KB).toFixed(2)} MiB`;

/** Rejects with a clear message if `promise` takes longer than `millis`. */
export function withTimeout(promise, millis, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${millis / 1000} s: ${what}`)), millis);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const sleep = (millis) => new Promise((r) => setTimeout(r, millis));

/** A markdown table. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const rule = `|${header.map((h) => (/^(raw|gzip|brotli)$/i.test(h) ? '---:' : '---')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** A budget row: what, measured, budget, met (true / false / null: information only). */
export const row = (what, value, budget = '—', met = null) => ({ what, value, budget, met });

export function budgetTable(rows) {
  return table(
    ['What', 'Measured', 'Budget', 'Met'],
    rows.map((r) => [r.what, r.value, r.budget, r.met === null ? '' : r.met ? '✓' : '✗']),
  );
}
