/** The newsroom's word lists: one textarea each, one entry a line, with counts and what changed since the save. */
import type { Rules } from '../../shared/schemas.js';
import { useI18n } from '../i18n/i18n.js';
import { entriesOf, WORD_LISTS, type Candidate, type Changes, type Draft, type WordListKey } from './RulesDraft.js';
import { useFieldError } from './RulesThresholds.js';

interface Props {
  draft: Draft;
  saved: Rules;
  changes: Changes['words'];
  errors: Candidate['errors'];
  onChange(key: WordListKey, text: string): void;
}

const PREVIEWED = 6;

export function RulesWordLists({ draft, saved, changes, errors, onChange }: Props) {
  const { t, tn } = useI18n();
  const describe = useFieldError();
  return (
    <section className="panel" aria-labelledby="rules-words-title" data-testid="rules-words">
      <h2 id="rules-words-title">{t('rules.words.title')}</h2>
      <p className="muted rules-intro">{t('rules.words.intro')}</p>
      <div className="rules-lists">
        {WORD_LISTS.map((key) => {
          const change = changes[key];
          const error = errors[key];
          const id = `rules-w-${key}`;
          const count = entriesOf(draft.words[key]).length;
          return (
            <div key={key} className={`rules-list ${change ? 'changed' : ''} ${error ? 'invalid' : ''}`} data-field={key} data-changed={change ? true : undefined}>
              <div className="rules-list-head">
                <label htmlFor={id}>{t(`rules.words.${key}`)}</label>
                <span className="muted rules-count" data-testid={`rules-count-${key}`}>
                  {tn('rules.entries', count)}
                </span>
              </div>
              <span id={`${id}-hint`} className="muted rules-hint">
                {t(`rules.words.${key}.hint`)}
              </span>
              <textarea
                id={id}
                rows={key === 'acronyms' ? 8 : 5}
                spellCheck={false}
                value={draft.words[key]}
                placeholder={t('rules.words.placeholder')}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
                onChange={(e) => onChange(key, e.target.value)}
              />
              {error && (
                <span id={`${id}-error`} className="form-error rules-error">
                  {describe(error)}
                </span>
              )}
              {change && (
                <div className="rules-diff">
                  {change.added.length > 0 && <Words className="rules-added" kind="added" words={change.added} />}
                  {change.removed.length > 0 && <Words className="rules-removed" kind="removed" words={change.removed} />}
                  {!change.added.length && !change.removed.length && <span className="muted">{t('rules.words.reordered')}</span>}
                  <button type="button" className="link" onClick={() => onChange(key, saved.words[key].join('\n'))}>
                    {t('rules.revert')}
                  </button>
                </div>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}

function Words({ className, kind, words }: { className: string; kind: 'added' | 'removed'; words: string[] }) {
  const { t } = useI18n();
  const more = words.length - PREVIEWED;
  const list = words.slice(0, PREVIEWED).join(', ') + (more > 0 ? ` ${t('rules.andMore', { n: more })}` : '');
  return <span className={className}>{t(`rules.diff.${kind}`, { n: words.length, words: list })}</span>;
}
