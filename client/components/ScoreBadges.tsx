/** Reason chips and the four scores as small badges, with the numbers in the tooltip. */
import type { CommentScore, FlagReason } from '../../shared/types.js';
import { useI18n } from '../i18n/i18n.js';

export function ReasonChips({ reasons }: { reasons: readonly FlagReason[] }) {
  const { t } = useI18n();
  return (
    <>
      {reasons.map((r) => (
        <span key={r} className="chip chip-reason" data-reason={r}>
          {t(`reason.${r}`)}
        </span>
      ))}
    </>
  );
}

export function ScoreBadges({ score }: { score: CommentScore }) {
  const { t, number, percent } = useI18n();
  const tone = score.tone.score;
  return (
    <span className="badges">
      <span className={`badge ${tone <= -0.25 ? 'badge-neg' : tone >= 0.25 ? 'badge-pos' : ''}`} title={`${t('badge.tone')} : ${t(`tone.${score.tone.label}`)}`}>
        {t('badge.tone')} {tone > 0 ? '+' : ''}
        {number(tone, 2)}
      </span>
      <span className={`badge ${score.shouting.flag ? 'badge-hot' : ''}`}>
        {t('badge.shouting')} {percent(score.shouting.score)}
      </span>
      <span className={`badge ${score.insult.flag ? 'badge-hot' : ''}`} title={score.insult.target ? t(`target.${score.insult.target}`) : undefined}>
        {t('badge.insult')} {percent(score.insult.score)}
      </span>
      <span className={`badge ${score.toxicity.flag ? 'badge-hot' : ''}`}>
        {t('badge.toxicity')} {percent(score.toxicity.score)}
      </span>
    </span>
  );
}

export function StatusChip({ status }: { status: 'pending' | 'approved' | 'rejected' | 'escalated' }) {
  const { t } = useI18n();
  return <span className={`chip chip-status-${status}`}>{t(`status.${status}`)}</span>;
}
