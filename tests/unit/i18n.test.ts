import { describe, expect, it } from 'vitest';
import { localeOf, localePath, masterPath } from '../../src/i18n/locales';
import { plural } from '../../src/i18n/strings';

describe('edition paths', () => {
  it('keeps English at the root and prefixes the others, ids untouched', () => {
    expect(localePath('en', '/incidents/#darya-dugina')).toBe('/incidents/#darya-dugina');
    expect(localePath('ru', '/incidents/#darya-dugina')).toBe('/ru/incidents/#darya-dugina');
    expect(localePath('uk', '/')).toBe('/uk/');
    expect(() => localePath('ru', 'incidents/')).toThrow();
  });
  it('finds the master path and the edition of a page', () => {
    expect(masterPath('/ru/incidents/')).toBe('/incidents/');
    expect(masterPath('/uk/')).toBe('/');
    expect(masterPath('/incidents/')).toBe('/incidents/');
    expect(localeOf('ru')).toBe('ru');
    expect(localeOf(undefined)).toBe('en');
    expect(localeOf('de')).toBe('en');
  });
});

describe('plural', () => {
  const incidents = {
    en: { one: '# incident', other: '# incidents' },
    ru: { one: '# инцидент', few: '# инцидента', many: '# инцидентов', other: '# инцидента' },
  };
  it('chooses the form the language needs for the number', () => {
    expect(plural('en', 1, incidents.en)).toBe('1 incident');
    expect(plural('en', 11, incidents.en)).toBe('11 incidents');
    expect([1, 3, 5, 11, 21, 22].map((n) => plural('ru', n, incidents.ru))).toEqual([
      '1 инцидент',
      '3 инцидента',
      '5 инцидентов',
      '11 инцидентов',
      '21 инцидент',
      '22 инцидента',
    ]);
  });
});
