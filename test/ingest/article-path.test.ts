import { describe, expect, it } from 'vitest';
import { articlePath, isUnder } from '../../src/ingest/article-path.ts';

describe('articlePath', () => {
  it('names one file one way, however it was given', () => {
    expect(articlePath('seeds/a.md', '/repo')).toBe('seeds/a.md');
    expect(articlePath('./seeds//a.md', '/repo')).toBe('seeds/a.md');
    expect(articlePath('/repo/seeds/a.md', '/repo')).toBe('seeds/a.md');
    expect(articlePath('../shared/x.md', '/repo')).toBe('../shared/x.md');
    expect(articlePath('.', '/repo')).toBe('.');
  });
});

describe('isUnder', () => {
  it('matches the path itself and what is inside a folder, not siblings with a common prefix', () => {
    expect(isUnder('seeds/a.md', 'seeds')).toBe(true);
    expect(isUnder('seeds/a.md', 'seeds/')).toBe(true);
    expect(isUnder('seeds/a.md', 'seeds/a.md')).toBe(true);
    expect(isUnder('seeds-old/a.md', 'seeds')).toBe(false);
    expect(isUnder('seeds/a.md', '.')).toBe(true);
    expect(isUnder('../x/a.md', '.')).toBe(false);
  });
});
