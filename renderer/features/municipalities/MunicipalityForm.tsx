import { useState } from 'react';
import type { Municipality } from '../../../shared/domain';
import { t } from '../../../shared/i18n';
import { useApi, useApiMutation } from '../../api/hooks';
import { CheckboxField, TextArea, TextField } from '../../components/fields';
import { FormDialog, fieldError } from '../../components/FormDialog';

const FIELDS = ['name', 'county', 'note', 'allowContactNames'] as const;

/** Create a municipality, or edit (rename) one when `existing` is given. */
export function MunicipalityForm({
  existing,
  onClose,
  onSaved,
}: {
  existing?: Municipality;
  onClose: () => void;
  onSaved?: (m: Municipality) => void;
}) {
  const [name, setName] = useState(existing?.name ?? '');
  const [county, setCounty] = useState(existing?.county ?? '');
  const [note, setNote] = useState(existing?.note ?? '');
  const [allowContactNames, setAllow] = useState(existing?.allowContactNames ?? false);
  const create = useApiMutation('municipalities.create');
  const update = useApiMutation('municipalities.update');
  const mutation = existing ? update : create;
  // A second municipality with the same name is allowed (two guides may spell alike) but never silent.
  const all = useApi('municipalities.list', {});
  const same = (a: string, b: string) => a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');
  const twin = name.trim() !== '' && all.data?.find((m) => m.id !== existing?.id && same(m.name, name));

  const submit = () => {
    const fields = { name, county, note, allowContactNames };
    const done = { onSuccess: (m: Municipality) => (onSaved ? onSaved(m) : onClose()) };
    if (existing) update.mutate({ id: existing.id, ...fields }, done);
    else create.mutate(fields, done);
  };

  const error = mutation.error;
  return (
    <FormDialog
      title={t(existing ? 'municipalities.dialog.edit' : 'municipalities.dialog.create')}
      fieldNames={FIELDS}
      onClose={onClose}
      onSubmit={submit}
      busy={mutation.isPending}
      error={error}
    >
      <TextField
        name="name"
        label={t('municipalities.field.name')}
        value={name}
        onChange={setName}
        error={fieldError(error, 'name')}
        autoFocus
      />
      {twin && (
        <p className="notice notice--session" role="status">
          {t('municipalities.duplicate', { name: twin.name })}
        </p>
      )}
      <TextField
        name="county"
        label={`${t('municipalities.field.county')} (${t('common.optional')})`}
        value={county}
        onChange={setCounty}
        error={fieldError(error, 'county')}
      />
      <TextArea
        name="note"
        label={`${t('municipalities.field.note')} (${t('common.optional')})`}
        value={note}
        onChange={setNote}
        error={fieldError(error, 'note')}
      />
      <CheckboxField
        name="allowContactNames"
        label={t('municipalities.field.allowContactNames')}
        help={t('municipalities.field.allowContactNames.help')}
        checked={allowContactNames}
        onChange={setAllow}
      />
    </FormDialog>
  );
}
