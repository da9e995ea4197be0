/**
 * The rules page (admins): the thresholds and word lists as an editor that
 * shows what changed, a backtest of the edits on the stored comments before
 * saving, a "try a comment" box scored live by the server under the edits,
 * and the progress of the re-score a save starts.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Rules } from '../../shared/schemas.js';
import { candidateOf, changesOf, draftOf, type Draft } from '../components/RulesDraft.js';
import { RulesProgress } from '../components/RulesProgress.js';
import { RulesSavePanel, type BacktestState, type SaveState } from '../components/RulesSavePanel.js';
import { RulesThresholds } from '../components/RulesThresholds.js';
import { RulesTryBox } from '../components/RulesTryBox.js';
import { RulesWordLists } from '../components/RulesWordLists.js';
import { Fetching } from '../components/States.js';
import { useRules } from '../hooks/useRules.js';
import { useI18n } from '../i18n/i18n.js';
import '../styles/rules.css';

const NO_BACKTEST: BacktestState = { running: false, key: null, result: null, error: null };
const NO_SAVE: SaveState = { saving: false, confirming: false, error: null, savedVersion: null };

export function RulesPage(_props: { id: number }) {
  const { t } = useI18n();
  const rules = useRules();
  return (
    <div className="rules-page" data-testid="rules-page">
      <div className="page-head">
        <h1>{t('rules.title')}</h1>
        {rules.data && <span className="muted">{t('rules.version', { version: rules.data.rules.version })}</span>}
      </div>
      <Fetching data={rules.data} error={rules.error} reload={rules.reload}>
        {(data) => <RulesEditor saved={data.rules} rules={rules} />}
      </Fetching>
    </div>
  );
}

function RulesEditor({ saved, rules }: { saved: Rules; rules: ReturnType<typeof useRules> }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved));
  // A reload or a save brings new saved rules: the editor starts again from them.
  useEffect(() => setDraft(draftOf(saved)), [saved]);
  const candidate = useMemo(() => candidateOf(draft, saved.version), [draft, saved.version]);
  const changes = useMemo(() => changesOf(draft, saved), [draft, saved]);
  const dirty = changes.count > 0;
  const candidateKey = candidate.rules ? JSON.stringify(candidate.rules) : null;

  const [backtest, setBacktest] = useState<BacktestState>(NO_BACKTEST);
  const [save, setSave] = useState<SaveState>(NO_SAVE);
  const backtested = backtest.result !== null && backtest.key === candidateKey;

  const [tryText, setTryText] = useState('');
  const tryRef = useRef<HTMLTextAreaElement>(null);
  const [dismissed, setDismissed] = useState<number | null>(null);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const runBacktest = useCallback(async () => {
    if (!candidate.rules) return;
    const key = candidateKey;
    setSave((s) => ({ ...s, confirming: false }));
    setBacktest((b) => ({ ...b, running: true, key, error: null }));
    try {
      const result = await rules.backtest(candidate.rules);
      setBacktest({ running: false, key, result, error: null });
    } catch (error) {
      setBacktest({ running: false, key, result: null, error: error as Error });
    }
  }, [candidate.rules, candidateKey, rules.backtest]);

  const doSave = useCallback(
    async (confirmed: boolean) => {
      if (!candidate.rules) return;
      if (!backtested && !confirmed) return setSave((s) => ({ ...s, confirming: true }));
      setSave({ ...NO_SAVE, saving: true });
      try {
        const answer = await rules.save(candidate.rules, saved.version);
        setSave({ ...NO_SAVE, savedVersion: answer.rules.version });
        setBacktest(NO_BACKTEST);
      } catch (error) {
        setSave({ ...NO_SAVE, error: error as Error });
      }
    },
    [candidate.rules, backtested, rules.save, saved.version],
  );

  const tryComment = useCallback((text: string) => {
    setTryText(text);
    tryRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    tryRef.current?.focus({ preventScroll: true });
  }, []);

  const progress = rules.progress;
  const elsewhere = progress && progress.version > saved.version;
  return (
    <>
      {elsewhere && (
        <div className="panel rules-notice" role="status">
          {t('rules.savedElsewhere', { version: progress.version })}{' '}
          <button type="button" onClick={rules.reload}>
            {t('rules.save.reload')}
          </button>
        </div>
      )}
      {progress && progress.version !== dismissed && <RulesProgress progress={progress} onDismiss={() => setDismissed(progress.version)} />}
      <div className="rules-layout">
        <div className="rules-main">
          <RulesThresholds
            draft={draft}
            saved={saved}
            changed={changes.thresholds}
            langChanged={changes.defaultLang}
            errors={candidate.errors}
            onChange={(key, value) => setDraft((d) => ({ ...d, thresholds: { ...d.thresholds, [key]: value } }))}
            onLang={(defaultLang) => setDraft((d) => ({ ...d, defaultLang }))}
          />
          <RulesWordLists
            draft={draft}
            saved={saved}
            changes={changes.words}
            errors={candidate.errors}
            onChange={(key, text) => setDraft((d) => ({ ...d, words: { ...d.words, [key]: text } }))}
          />
        </div>
        <aside className="rules-side">
          <RulesSavePanel
            saved={saved}
            draft={draft}
            changes={changes}
            valid={candidate.rules !== null}
            backtest={backtest}
            backtested={backtested}
            save={save}
            onBacktest={() => void runBacktest()}
            onSave={(confirmed) => void doSave(confirmed)}
            onCancelConfirm={() => setSave((s) => ({ ...s, confirming: false }))}
            onDiscard={() => {
              setDraft(draftOf(saved));
              setSave(NO_SAVE);
            }}
            onReload={() => {
              setSave(NO_SAVE);
              rules.reload();
            }}
            onTry={tryComment}
          />
          <RulesTryBox ref={tryRef} text={tryText} onText={setTryText} candidate={candidate.rules} dirty={dirty} savedVersion={saved.version} />
        </aside>
      </div>
    </>
  );
}
