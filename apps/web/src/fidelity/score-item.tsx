import { Button, Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../api.ts';
import { TextAreaField } from '../forms/fields.tsx';
import {
  scoreProblem,
  scoreRequest,
  type TReviewItem,
  type TScoreDraft,
} from './fidelity-model.ts';
import { ProposalEvidence } from './proposal-evidence.tsx';

type TProps = {
  reviewId: string;
  item: TReviewItem;
  /** The five anchor texts (1–5) when the API gives them; else the bare numbers. */
  anchors?: readonly string[];
  readOnly: boolean;
  onSaved: () => void;
};

type TFieldErrors = { score?: string; note?: string; form?: string };

/**
 * One item of the scoring screen: the 1–5 radio group (native radios: arrow keys
 * move between scores), the proposal with its evidence, "Acceptera förslaget" or
 * another score — an override needs a note, checked here and again by the server —
 * and the reviewer's note and evidence.
 */
export function ScoreItem({ reviewId, item, anchors, readOnly, onSaved }: TProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TScoreDraft>({
    score: item.mine?.score ?? null,
    note: item.mine?.note ?? '',
    evidence: item.mine?.evidence ?? '',
  });
  const [errors, setErrors] = useState<TFieldErrors>({});
  const proposalScore = item.proposal?.score ?? null;
  const base = `item-${item.id}`;

  const mutation = useMutation({
    mutationFn: (accept: boolean) =>
      api.scoreFidelityItem(reviewId, item.id, scoreRequest(draft, accept)),
    onSuccess: (saved) => {
      setErrors({});
      setDraft((d) => ({ ...d, score: saved.score }));
      onSaved();
    },
    onError: (error) => {
      if (!isApiError(error)) {
        setErrors({ form: t('app.genericError') });
        return;
      }
      const detail = error.problem.detail ?? t('app.genericError');
      const paths = error.problem.issues.map((i) => i.path);
      if (paths.some((p) => p.endsWith('note'))) {
        setErrors({ note: detail });
        return;
      }
      if (paths.some((p) => p.endsWith('score'))) {
        setErrors({ score: detail });
        return;
      }
      setErrors({ form: detail });
    },
  });

  function save(accept: boolean) {
    const problem = accept ? null : scoreProblem(draft, proposalScore);
    if (problem?.field === 'score') {
      setErrors({ score: t('fidelity.scoring.scoreRequired') });
      document.getElementById(`${base}-score-1`)?.focus();
      return;
    }
    if (problem?.field === 'note') {
      setErrors({ note: t('fidelity.scoring.noteRequired', { proposal: problem.proposal }) });
      document.getElementById(`${base}-note`)?.focus();
      return;
    }
    if (accept && proposalScore !== null) setDraft((d) => ({ ...d, score: proposalScore }));
    mutation.mutate(accept);
  }

  const set = (patch: Partial<TScoreDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors({});
  };
  const mine = item.mine;
  const savedText = mine
    ? [
        t('fidelity.scoring.saved', { score: mine.score }),
        mine.proposalAccepted === true ? t('fidelity.scoring.accepted') : null,
        mine.proposalAccepted === false && mine.proposalScore !== null
          ? t('fidelity.scoring.overridden', { proposal: mine.proposalScore })
          : null,
      ]
        .filter(Boolean)
        .join(', ')
    : null;

  return (
    <section className="lots-fidelity-item" aria-labelledby={`${base}-title`}>
      <Group justify="space-between" align="baseline" mb="xs">
        <h3 id={`${base}-title`} className="lots-fidelity-item__title">
          {item.number}. {item.title}
        </h3>
        <Text size="sm" role="status" fw={savedText ? 700 : 400}>
          {savedText}
        </Text>
      </Group>
      {item.proposal && <ProposalEvidence proposal={item.proposal} />}
      <Stack gap="sm" mt="sm">
        <Radio.Group
          label={t('fidelity.scoring.score', { title: item.title })}
          value={draft.score === null ? '' : String(draft.score)}
          onChange={(v) => set({ score: Number(v) })}
          error={errors.score}
          readOnly={readOnly}
        >
          <Group gap="lg" mt={4}>
            {[1, 2, 3, 4, 5].map((n) => (
              <Radio
                key={n}
                id={`${base}-score-${n}`}
                value={String(n)}
                disabled={readOnly}
                label={anchors?.[n - 1] ? `${n} – ${anchors[n - 1]}` : String(n)}
              />
            ))}
          </Group>
        </Radio.Group>
        {!readOnly && (
          <>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextAreaField
                id={`${base}-note`}
                label={t('fidelity.scoring.note')}
                optional={
                  proposalScore === null || draft.score === null || draft.score === proposalScore
                }
                hint={t(
                  proposalScore === null
                    ? 'fidelity.scoring.noteHintFree'
                    : 'fidelity.scoring.noteHint',
                )}
                value={draft.note}
                error={errors.note}
                onBlur={() => undefined}
                onChange={(v) => set({ note: v })}
              />
              <TextAreaField
                id={`${base}-evidence`}
                label={t('fidelity.scoring.evidence')}
                optional
                hint={t('fidelity.scoring.evidenceHint')}
                value={draft.evidence}
                onBlur={() => undefined}
                onChange={(v) => set({ evidence: v })}
              />
            </SimpleGrid>
            {errors.form && (
              <Text c="red.8" role="alert">
                {errors.form}
              </Text>
            )}
            <Group>
              {proposalScore !== null && (
                <Button
                  variant="outline"
                  loading={mutation.isPending && mutation.variables}
                  onClick={() => save(true)}
                  aria-describedby={`${base}-title`}
                >
                  {t('fidelity.scoring.accept')}
                </Button>
              )}
              <Button
                loading={mutation.isPending && !mutation.variables}
                onClick={() => save(false)}
                aria-describedby={`${base}-title`}
              >
                {t('fidelity.scoring.save')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </section>
  );
}
