import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/article/sentences.ts';
import { mappedFromFile } from '../../src/article/text-map.ts';

const split = (text: string): string[] => splitSentences(mappedFromFile(text, 0, text.length), 0, 'body').map((s) => s.text);

describe('splitSentences', () => {
  it('splits English and CJK sentence punctuation', () => {
    expect(split('First one. Second one! Third?')).toEqual(['First one.', 'Second one!', 'Third?']);
    expect(split('私はMarekです。SIG etcdのリードです！本当？')).toEqual(['私はMarekです。', 'SIG etcdのリードです！', '本当？']);
    expect(split('我是主席。我们欢迎你！')).toEqual(['我是主席。', '我们欢迎你！']);
  });

  it('does not split after abbreviations, initials or inside version numbers', () => {
    expect(split('Tools, e.g. Prow, help. Mr. Smith met Dr. Jones.')).toEqual(['Tools, e.g. Prow, help.', 'Mr. Smith met Dr. Jones.']);
    expect(split('It was SIG Node vs. SIG Storage. Next.')).toEqual(['It was SIG Node vs. SIG Storage.', 'Next.']);
    expect(split('Since v1.10 and etcd 3.5.0 we are fine. Yes.')).toEqual(['Since v1.10 and etcd 3.5.0 we are fine.', 'Yes.']);
    expect(split('Written by J. R. Smith. Done.')).toEqual(['Written by J. R. Smith.', 'Done.']);
  });

  it('ends a sentence before one that opens with a lower-case name, but not after an abbreviation or ellipsis', () => {
    expect(split('That was the year she joined. kubeadm, kOps and minikube sit under the SIG.')).toEqual(['That was the year she joined.', 'kubeadm, kOps and minikube sit under the SIG.']);
    expect(split('We fixed it! kind was next.')).toEqual(['We fixed it!', 'kind was next.']);
    expect(split('Tools, etc. and more. Wait... then it broke. See no. five.')).toEqual(['Tools, etc. and more.', 'Wait... then it broke.', 'See no. five.']);
  });

  it('gives each sentence its file span and offset map', () => {
    const text = '  One two.  Three four.  ';
    const sentences = splitSentences(mappedFromFile(text, 0, text.length), 3, 'comment');
    for (const s of sentences) {
      expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
      expect(s.map.length).toBe(s.text.length);
      expect(s).toMatchObject({ paragraph: 3, channel: 'comment' });
    }
    expect(sentences.map((s) => s.span)).toEqual([
      { start: 2, end: 10 },
      { start: 12, end: 23 },
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(split('   ')).toEqual([]);
  });
});
