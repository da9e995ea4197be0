/**
 * The interface language: French by default, English on request, remembered
 * in the browser. `useI18n()` gives the translator and locale-aware
 * formatters; every visible string goes through `t`.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fr, type MessageKey } from './fr.js';
import { en } from './en.js';

export type UiLang = 'fr' | 'en';
const CATALOGUES: Record<UiLang, Record<MessageKey, string>> = { fr, en };
const LOCALES: Record<UiLang, string> = { fr: 'fr-FR', en: 'en-GB' };
const STORAGE_KEY = 'vigie.lang';

type Vars = Record<string, string | number>;
type PluralBase<K> = K extends `${infer B}.one` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

export interface I18n {
  lang: UiLang;
  setLang(lang: UiLang): void;
  t(key: MessageKey, vars?: Vars): string;
  /** `key.one` for 1, `key.other` otherwise, with `{n}` filled. */
  tn(key: PluralKey, n: number, vars?: Vars): string;
  number(n: number, digits?: number): string;
  percent(share: number): string;
  dateTime(iso: string): string;
  date(iso: string): string;
  time(iso: string): string;
}

function fill(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function initialLang(): UiLang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<UiLang>(initialLang);
  const setLang = useCallback((next: UiLang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private windows may refuse storage: the choice lasts for this page.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(() => {
    const catalogue = CATALOGUES[lang];
    const locale = LOCALES[lang];
    const numberFormats = new Map<number, Intl.NumberFormat>();
    const numberFormat = (digits: number) => {
      let f = numberFormats.get(digits);
      if (!f) numberFormats.set(digits, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits })));
      return f;
    };
    const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    const t = (key: MessageKey, vars?: Vars) => fill(catalogue[key], vars);
    return {
      lang,
      setLang,
      t,
      tn: (key, n, vars) => t(`${key}.${n === 1 ? 'one' : 'other'}` as MessageKey, { n: numberFormat(0).format(n), ...vars }),
      number: (n, digits = 0) => numberFormat(digits).format(n),
      percent: (share) => pct.format(share),
      dateTime: (iso) => dateTime.format(new Date(iso)),
      date: (iso) => date.format(new Date(iso)),
      time: (iso) => time.format(new Date(iso)),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
