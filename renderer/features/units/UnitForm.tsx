import { useState } from 'react';
import type { Municipality, Unit, UnitKind } from '../../../shared/domain';
import { t } from '../../../shared/i18n';
import { useApiMutation } from '../../api/hooks';
import { unitKindOptions } from '../../app/labels';
import { CheckboxField, SelectField, TextField } from '../../components/fields';
import { FormDialog, fieldError } from '../../components/FormDialog';

const FIELDS = ['name', 'kind', 'sfo', 'staffCount', 'contactRole', 'contactName'] as const;

export function UnitForm({
  municipality,
  existing,
  onClose,
}: {
  municipality: Municipality;
  existing?: Unit;
  onClose: () => void;
}) {
  const [name, setName] = useState(existing?.name ?? '');
  const [kind, setKind] = useState<UnitKind>(existing?.kind ?? 'school');
  const [sfo, setSfo] = useState(existing?.sfo ?? false);
  const [staffCount, setStaffCount] = useState(existing?.staffCount?.toString() ?? '');
  const [contactRole, setContactRole] = useState(existing?.contactRole ?? '');
  const [contactName, setContactName] = useState(existing?.contactName ?? '');
  const create = useApiMutation('units.create');
  const update = useApiMutation('units.update');
  const mutation = existing ? update : create;
  const error = mutation.error;

  const submit = () => {
    // Only leisure and other units can be an SFO or leksehjelp; schools and kindergartens have their own law list.
    const fields = {
      name,
      kind,
      sfo: (kind === 'leisure' || kind === 'other') && sfo,
      staffCount,
      contactRole,
      contactName: municipality.allowContactNames ? contactName : '',
    };
    if (existing) update.mutate({ id: existing.id, ...fields }, { onSuccess: onClose });
    else create.mutate({ municipalityId: municipality.id, ...fields }, { onSuccess: onClose });
  };

  return (
    <FormDialog
      title={t(existing ? 'units.dialog.edit' : 'units.dialog.create')}
      fieldNames={FIELDS}
      onClose={onClose}
      onSubmit={submit}
      busy={mutation.isPending}
      error={error}
    >
      <TextField
        name="name"
        label={t('units.field.name')}
        value={name}
        onChange={setName}
        error={fieldError(error, 'name')}
        autoFocus
      />
      <SelectField
        name="kind"
        label={t('units.field.kind')}
        value={kind}
        options={unitKindOptions()}
        onChange={setKind}
        error={fieldError(error, 'kind')}
      />
      {(kind === 'leisure' || kind === 'other') && (
        <CheckboxField name="sfo" label={t('units.field.sfo')} checked={sfo} onChange={setSfo} />
      )}
      <div className="form-row">
        <TextField
          name="staffCount"
          label={`${t('units.field.staffCount')} (${t('common.optional')})`}
          value={staffCount}
          onChange={setStaffCount}
          inputMode="numeric"
          error={fieldError(error, 'staffCount')}
        />
        <TextField
          name="contactRole"
          label={`${t('units.field.contactRole')} (${t('common.optional')})`}
          help={t('units.field.contactRole.help')}
          value={contactRole}
          onChange={setContactRole}
          error={fieldError(error, 'contactRole')}
        />
      </div>
      {municipality.allowContactNames && (
        <TextField
          name="contactName"
          label={`${t('units.field.contactName')} (${t('common.optional')})`}
          value={contactName}
          onChange={setContactName}
          error={fieldError(error, 'contactName')}
        />
      )}
    </FormDialog>
  );
}
