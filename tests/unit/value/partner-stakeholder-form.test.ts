import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  EMPTY_PARTNER_FORM,
  formToPartner,
  partnerToForm,
} from '../../../components/partners/partner-form-values';
import { stakeholderGroupLabel } from '../../../components/partners/stakeholder-group-label';
import { addPartner, getPartner, updatePartner } from '../../../lib/model/partner';

function saved(doc: Y.Doc, id: string, stakeholderGroup: string) {
  const values = { ...partnerToForm(getPartner(doc, id)!), stakeholderGroup };
  const result = formToPartner(values);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  updatePartner(doc, id, result.partner);
  return getPartner(doc, id)!;
}

describe('the partner form’s stakeholder group', () => {
  test('a chosen group is stored as its code and shown by name', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, { name: 'Acme' });
    expect(saved(doc, id, 'students-youth').stakeholderGroup).toBe('students-youth');
    expect(stakeholderGroupLabel('students-youth')).toBe('Students and youth');
  });

  test('older free text survives opening and saving the form unchanged, and shows as typed', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, { name: 'Acme', stakeholderGroup: 'PTA volunteers' });
    expect(partnerToForm(getPartner(doc, id)!).stakeholderGroup).toBe('PTA volunteers');
    expect(saved(doc, id, 'PTA volunteers').stakeholderGroup).toBe('PTA volunteers');
    expect(stakeholderGroupLabel('PTA volunteers')).toBe('PTA volunteers');
  });

  test('Not set removes the group', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, { name: 'Acme', stakeholderGroup: 'families' });
    expect(saved(doc, id, '').stakeholderGroup).toBeUndefined();
    expect(EMPTY_PARTNER_FORM.stakeholderGroup).toBe('');
  });
});
