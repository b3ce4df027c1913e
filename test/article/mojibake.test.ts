import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/article/mojibake.ts';

describe('repairMojibake', () => {
  it('repairs UTF-8 read as Mac Roman', () => {
    expect(repairMojibake('Frederico Mu√±oz')).toBe('Frederico Muñoz');
  });
  it('repairs UTF-8 read as Latin-1 / Windows-1252', () => {
    expect(repairMojibake('MuÃ±oz')).toBe('Muñoz');
    expect(repairMojibake('Ã©tÃ©')).toBe('été');
    expect(repairMojibake('â€œquotedâ€\u009d')).toBe('“quoted”');
  });
  it('leaves correct text alone', () => {
    for (const s of ['Muñoz', 'José – café', '本杰明·王', '北村拓也', 'Ça va', 'Zürich', '']) expect(repairMojibake(s)).toBe(s);
  });
});
