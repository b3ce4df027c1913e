import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeArticle, firstInvalidUtf8, looksBinary, readArticleFile } from '../../src/extraction/read-input.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('firstInvalidUtf8', () => {
  it('accepts UTF-8 in every script the articles use', () => {
    expect(firstInvalidUtf8(utf8('Muñoz 本杰明·王 テックリード 🚀'))).toBe(-1);
  });

  it('gives the offset of the first ill-formed sequence', () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0x42, 0xf1, 0x6f]))).toBe(2); // Latin-1 ñ
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xe6, 0x9c]))).toBe(1); // truncated at the end
    expect(firstInvalidUtf8(Uint8Array.from([0xc0, 0xaf]))).toBe(0); // overlong "/"
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // a UTF-16 surrogate
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xf4, 0x90, 0x80, 0x80]))).toBe(1); // past U+10FFFF
  });
});

describe('looksBinary', () => {
  it('takes NUL bytes or many control characters as binary, and text with tabs and ANSI colours as text', () => {
    expect(looksBinary(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00]))).toBe(true);
    expect(looksBinary(Uint8Array.from([1, 2, 3, 4, 0x61, 0x62]))).toBe(true);
    expect(looksBinary(utf8('a\tb\r\n\u001b[1mbold\u001b[0m\f'))).toBe(false);
  });
});

describe('decodeArticle', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    const result = decodeArticle(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('---\ntitle: x\n---\n')]));
    expect(result).toMatchObject({ ok: true, text: '---\ntitle: x\n---\n' });
  });

  it.each([
    ['an empty file', new Uint8Array(), /^empty file$/],
    ['white space only', utf8(' \n\t\n'), /^empty file \(only white space\)$/],
    ['UTF-16', Uint8Array.from([0xff, 0xfe, 0x2d, 0x00]), /^not UTF-8: the file is UTF-16LE/],
    ['binary', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x00]), /^binary file/],
    ['Latin-1', Uint8Array.from([...utf8('Mu'), 0xf1, ...utf8('oz')]), /^not UTF-8: invalid byte 0xf1 at offset 2/],
    ['over the limit', utf8('x'.repeat(11)), /^too large: 11 B \(limit 10 B/],
  ])('refuses %s with the reason', (_name, bytes, reason) => {
    const result = decodeArticle(bytes, 10);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('readArticleFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sig-atlas-read-'));
    await writeFile(join(dir, 'a.md'), '---\ntitle: a\n---\nText.\n');
    await writeFile(join(dir, 'big.md'), 'x'.repeat(2048));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('returns the bytes and the text', async () => {
    const result = await readArticleFile(join(dir, 'a.md'));
    expect(result).toMatchObject({ ok: true, text: '---\ntitle: a\n---\nText.\n' });
  });

  it('refuses a file over the limit before reading it, and names the reason of a failed read', async () => {
    expect(await readArticleFile(join(dir, 'big.md'), { maxBytes: 1024 })).toEqual({
      ok: false,
      reason: 'too large: 2.0 KB (limit 1.0 KB, see --max-size)',
    });
    expect(await readArticleFile(join(dir, 'missing.md'))).toEqual({
      ok: false,
      reason: 'cannot read: no such file (or a dangling symbolic link)',
    });
    expect(await readArticleFile(dir)).toEqual({ ok: false, reason: 'is a directory, not a file' });
  });
});
