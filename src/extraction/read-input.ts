/**
 * Reads one input file defensively: every way a file can be unusable as an article becomes a
 * reason naming what is wrong, never an exception or a hang.
 */
import { isUtf8 } from 'node:buffer';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type ReadResult = { ok: true; bytes: Uint8Array; text: string } | { ok: false; reason: string };

const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: 'no such file (or a dangling symbolic link)',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory, not a file',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  ENOTDIR: 'a component of the path is not a directory',
  EIO: 'input/output error',
};

export function describeSystemError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  if (code !== undefined && code in SYSTEM_ERRORS) return `cannot read: ${SYSTEM_ERRORS[code]}`;
  return `cannot read: ${error instanceof Error ? error.message : String(error)}`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

const UTF16_BOMS: Array<[number, number, string]> = [
  [0xff, 0xfe, 'UTF-16LE'],
  [0xfe, 0xff, 'UTF-16BE'],
];

/**
 * Text files hold no NUL bytes and few C0 controls other than tab, line feed, form feed and
 * carriage return; images, archives and executables hold many. ESC is allowed (ANSI colours in
 * pasted terminal output).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) controls++;
  }
  return controls > sample.length * 0.1;
}

/** Second-byte ranges that rule out overlong forms, surrogates and code points past U+10FFFF. */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** Offset of the first byte of the first ill-formed sequence, or -1 when the bytes are UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const [lo, hi] = k === 1 ? secondByteRange(lead) : [0x80, 0xbf];
      const b = bytes[i + k];
      if (b === undefined || b < lo || b > hi) return i;
    }
    i += length;
  }
  return -1;
}

export interface ReadOptions {
  /** Files larger than this are refused before being read. */
  maxBytes?: number;
}

export async function readArticleFile(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below as not a file.
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) return { ok: false, reason: 'is a directory, not a file' };
      if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
      if (stat.size > maxBytes) {
        return { ok: false, reason: `too large: ${formatBytes(stat.size)} (limit ${formatBytes(maxBytes)}, see --max-size)` };
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, reason: describeSystemError(error) };
  }
  return decodeArticle(bytes, maxBytes);
}

/** The checks on content, apart from reading; exported for tests and for callers holding bytes. */
export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `too large: ${formatBytes(bytes.length)} (limit ${formatBytes(maxBytes)}, see --max-size)` };
  }
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  for (const [a, b, name] of UTF16_BOMS) {
    if (bytes[0] === a && bytes[1] === b) return { ok: false, reason: `not UTF-8: the file is ${name} (byte-order mark)` };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (NUL bytes or control characters), not Markdown text' };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const hex = (bytes[bad] ?? 0).toString(16).padStart(2, '0');
    return { ok: false, reason: `not UTF-8: invalid byte 0x${hex} at offset ${bad} (save the file as UTF-8)` };
  }
  // The decoder drops a UTF-8 byte-order mark, as editors do.
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.trim() === '') return { ok: false, reason: 'empty file (only white space)' };
  return { ok: true, bytes, text };
}
