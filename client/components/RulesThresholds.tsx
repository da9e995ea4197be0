/** The thresholds of the rules, grouped as the engine's rules are, each with its range and what it was when saved. */
import type { Rules } from '../../shared/schemas.js';
import type { MessageKey } from '../i18n/fr.js';
import { useI18n } from '../i18n/i18n.js';
import { rangeOf, THRESHOLD_GROUPS, type Candidate, type Draft, type FieldError, type ThresholdKey } from './RulesDraft.js';

interface Props {
  draft: Draft;
  saved: Rules;
  changed: readonly ThresholdKey[];
  langChanged: boolean;
  errors: Candidate['errors'];
  onChange(key: ThresholdKey, value: string): void;
  onLang(lang: Rules['defaultLang']): void;
}

export function useFieldError() {
  const { t, number } = useI18n();
  return (e: FieldError): string => {
    switch (e.kind) {
      case 'number':
        return t('rules.error.number');
      case 'integer':
        return t('rules.error.integer');
      case 'range':
        return t('rules.error.range', { min: number(e.min, Number.isInteger(e.min) ? 0 : 2), max: number(e.max, Number.isInteger(e.max) ? 0 : 2) });
      case 'wordLength':
        return t('rules.error.wordLength', { line: e.line, max: e.max });
      case 'tooMany':
        return t('rules.error.tooMany', { max: number(e.max) });
    }
  };
}

export function RulesThresholds({ draft, saved, changed, langChanged, errors, onChange, onLang }: Props) {
  const { t, number } = useI18n();
  const describe = useFieldError();
  const shown = (key: ThresholdKey, v: number) => number(v, rangeOf(key).integer ? 0 : 2);
  return (
    <section className="panel rules-thresholds" aria-labelledby="rules-thresholds-title" data-testid="rules-thresholds">
      <h2 id="rules-thresholds-title">{t('rules.thresholds.title')}</h2>
      <p className="muted rules-intro">{t('rules.thresholds.intro')}</p>
      <div className={`rules-field rules-lang ${langChanged ? 'changed' : ''}`}>
        <label htmlFor="rules-defaultLang">{t('rules.defaultLang')}</label>
        <select id="rules-defaultLang" value={draft.defaultLang} onChange={(e) => onLang(e.target.value as Rules['defaultLang'])}>
          <option value="fr">{t('rules.lang.fr')}</option>
          <option value="en">{t('rules.lang.en')}</option>
        </select>
        <span className="muted rules-hint">{t('rules.defaultLang.hint')}</span>
        {langChanged && <span className="rules-was">{t('rules.was', { value: t(`rules.lang.${saved.defaultLang}`) })}</span>}
      </div>
      {THRESHOLD_GROUPS.map((group) => (
        <fieldset key={group.key} className="rules-group">
          <legend>{t(`rules.group.${group.key}`)}</legend>
          {group.fields.map((key) => {
            const range = rangeOf(key);
            const error = errors[key];
            const isChanged = changed.includes(key);
            const id = `rules-t-${key}`;
            return (
              <div key={key} className={`rules-field ${isChanged ? 'changed' : ''} ${error ? 'invalid' : ''}`} data-field={key} data-changed={isChanged || undefined}>
                <label htmlFor={id}>{t(`rules.threshold.${key}` as MessageKey)}</label>
                <input
                  id={id}
                  type="number"
                  inputMode="decimal"
                  min={range.min}
                  max={range.max}
                  step={range.step}
                  value={draft.thresholds[key]}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
                  onChange={(e) => onChange(key, e.target.value)}
                />
                <span className="muted rules-range">{t('rules.range', { min: shown(key, range.min), max: shown(key, range.max) })}</span>
                <span id={`${id}-hint`} className="muted rules-hint">
                  {t(`rules.threshold.${key}.hint` as MessageKey)}
                </span>
                {isChanged && (
                  <span className="rules-was">
                    {t('rules.was', { value: shown(key, saved.thresholds[key]) })}
                    <button type="button" className="link" onClick={() => onChange(key, String(saved.thresholds[key]))}>
                      {t('rules.revert')}
                    </button>
                  </span>
                )}
                {error && (
                  <span id={`${id}-error`} className="form-error rules-error">
                    {describe(error)}
                  </span>
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
    </section>
  );
}
