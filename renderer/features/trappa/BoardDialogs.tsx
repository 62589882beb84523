// The board's dialogs: a card shown large, a card corrected, the board renamed,
// and the colour picker they share with the new-card field.
import { useState } from 'react';
import { CARD_COLORS, CARD_TEXT_MAX, type Card, type CardColor } from '../../../shared/trappa/board';
import { t, tc } from '../../../shared/i18n';
import { useApiMutation } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { FormDialog, fieldError } from '../../components/FormDialog';
import { TextArea, TextField } from '../../components/fields';

export function LargeCard({
  card,
  revealed,
  stepTitle,
  onVote,
  onSort,
  onAction,
  onEdit,
  onClose,
}: {
  card: Card;
  revealed: boolean;
  stepTitle?: string;
  onVote: (delta: number) => void;
  onSort: () => void;
  onAction: () => void;
  onEdit: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      title={
        card.step ? `${t('trappa.step', { step: card.step })}${stepTitle ? ` – ${stepTitle}` : ''}` : t('trappa.inbox')
      }
      onClose={onClose}
      wide
    >
      <p className={`large-card paper--${card.color}`}>{revealed ? card.text : t('trappa.hidden')}</p>
      <p className="large-card__meta">
        {card.group && <span>{card.group} · </span>}
        {tc('count.votes', card.votes)}
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => onVote(-1)}>
          {t('trappa.voteDown')}
        </button>
        <button type="button" className="button" onClick={() => onVote(1)} data-autofocus="">
          {t('trappa.voteUp')}
        </button>
        {card.step !== null && (
          <button type="button" className="button" onClick={onSort}>
            {t('trappa.sortByVotes')}
          </button>
        )}
        <button type="button" className="button" onClick={onEdit}>
          {t('trappa.edit')}
        </button>
        <button type="button" className="button button--primary" onClick={onAction}>
          {t('trappa.action.new')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('trappa.large.close')}
        </button>
      </div>
    </Dialog>
  );
}

/** Correct a card's text, group or colour (one undoable change). */
export function EditCard({
  card,
  onSave,
  onClose,
}: {
  card: Card;
  onSave: (text: string, group: string, color: CardColor) => void;
  onClose: () => void;
}) {
  const [text, setText] = useState(card.text);
  const [group, setGroup] = useState(card.group);
  const [color, setColor] = useState<CardColor>(card.color);
  const empty = text.trim() === '';
  const tooLong = text.trim().length > CARD_TEXT_MAX;
  return (
    <FormDialog
      title={t('trappa.edit')}
      fieldNames={[]}
      onClose={onClose}
      busy={false}
      error={null}
      onSubmit={() => {
        if (empty || tooLong) return;
        onSave(text, group, color);
        onClose();
      }}
    >
      <p className="new-card__names" role="note">
        {t('trappa.noNames')}
      </p>
      <TextArea
        name="text"
        label={t('trappa.field.text')}
        value={text}
        onChange={setText}
        rows={3}
        help={t('trappa.textLimit', { count: text.length, max: CARD_TEXT_MAX })}
        error={
          empty
            ? t('validation.required', { field: t('trappa.field.text') })
            : tooLong
              ? t('validation.tooLong', { field: t('trappa.field.text'), max: CARD_TEXT_MAX })
              : undefined
        }
      />
      <TextField name="group" label={t('trappa.field.group')} value={group} onChange={setGroup} />
      <ColorPicker name="edit-color" value={color} onChange={setColor} />
    </FormDialog>
  );
}

export function RenameBoard({ boardId, title, onClose }: { boardId: string; title: string; onClose: () => void }) {
  const [value, setValue] = useState(title);
  const rename = useApiMutation('boards.rename');
  return (
    <FormDialog
      title={t('trappa.boards.renameTitle')}
      fieldNames={['title']}
      onClose={onClose}
      busy={rename.isPending}
      error={rename.error}
      onSubmit={() => rename.mutate({ id: boardId, title: value }, { onSuccess: onClose })}
    >
      <TextField
        name="title"
        label={t('trappa.field.title')}
        value={value}
        onChange={setValue}
        error={fieldError(rename.error, 'title')}
        autoFocus
      />
    </FormDialog>
  );
}

/** The card colours as a keyboard-friendly radio group (arrows move between them). */
export function ColorPicker({
  name,
  value,
  onChange,
}: {
  name: string;
  value: CardColor;
  onChange: (c: CardColor) => void;
}) {
  return (
    <div className="swatches" role="radiogroup" aria-label={t('trappa.field.color')}>
      {CARD_COLORS.map((c) => (
        <label key={c} className={`swatch paper--${c}${c === value ? ' swatch--on' : ''}`}>
          <input type="radio" name={name} className="sr-only" checked={c === value} onChange={() => onChange(c)} />
          <span>{t(`trappa.color.${c}`)}</span>
        </label>
      ))}
    </div>
  );
}
