import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../src/eval/normalize-key.ts';

describe('normalizeKey', () => {
  it('applies NFKC, so full-width and compatibility forms equal their plain forms', () => {
    expect(normalizeKey('ＳＩＧ　ｅｔｃｄ')).toBe(normalizeKey('SIG etcd'));
    expect(normalizeKey('ﬁle')).toBe('file');
  });

  it('folds case, including characters whose folding is longer than one letter', () => {
    expect(normalizeKey('Marek SIARKOWICZ')).toBe(normalizeKey('marek siarkowicz'));
    expect(normalizeKey('Straße')).toBe(normalizeKey('STRASSE'));
  });

  it('removes diacritics from Latin names', () => {
    expect(normalizeKey('Frederico Muñoz')).toBe(normalizeKey('Frederico Munoz'));
    expect(normalizeKey('Zając')).toBe(normalizeKey('Zajac'));
    // Stroked letters have no Unicode decomposition; they are folded all the same.
    expect(normalizeKey('Łukasz Søren Đorđe')).toBe(normalizeKey('Lukasz Soren Dorde'));
  });

  it('keeps Japanese voiced marks, which are not diacritics', () => {
    expect(normalizeKey('グーグル')).not.toBe(normalizeKey('クークル'));
    expect(normalizeKey('グーグル')).toBe('グーグル');
  });

  it('drops white space and the separators ·・.-_', () => {
    expect(normalizeKey('本杰明·王')).toBe(normalizeKey('本杰明王'));
    expect(normalizeKey('本杰明・王')).toBe(normalizeKey('本杰明 王'));
    expect(normalizeKey('metrics-server')).toBe(normalizeKey('Metrics  Server'));
    expect(normalizeKey('sig_etcd')).toBe(normalizeKey('SIG etcd'));
    expect(normalizeKey('k8s.io')).toBe('k8sio');
    expect(normalizeKey(' Red\tHat\n')).toBe('redhat');
  });

  it('does not merge names that differ in letters', () => {
    expect(normalizeKey('SIG Node')).not.toBe(normalizeKey('SIG Nodes'));
  });
});
