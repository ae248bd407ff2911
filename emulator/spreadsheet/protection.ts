// Protection of a range or a sheet: who may edit it (the owner always can), warning-only.
// Enforced on writes through Range and appendRow (SpreadsheetApi.checkEditable).
import type { GridRange, ProtectionModel } from '../workbook/model';
import type { SpreadsheetApi } from './api';
import type { RangeFacade } from './range';

export function createProtection(
  api: SpreadsheetApi,
  type: 'RANGE' | 'SHEET',
  range: GridRange,
): ProtectionModel {
  const editors = [api.env.ownerEmail];
  const current = api.env.currentUserEmail();
  if (current && !editors.includes(current)) editors.push(current);
  const model: ProtectionModel = {
    id: api.env.workbook.objectId(),
    type,
    range,
    description: '',
    warningOnly: false,
    editors,
    domainEdit: false,
  };
  api.env.workbook.protections.push(model);
  return model;
}

export class ProtectionFacade {
  constructor(
    private readonly api: SpreadsheetApi,
    private readonly model: ProtectionModel,
  ) {}
  getProtectionType(): string {
    return this.model.type;
  }
  getRange(): RangeFacade {
    return this.api.range(this.model.range);
  }
  setDescription(description: string): ProtectionFacade {
    this.model.description = String(description);
    return this;
  }
  getDescription(): string {
    return this.model.description;
  }
  setWarningOnly(warningOnly: boolean): ProtectionFacade {
    this.model.warningOnly = Boolean(warningOnly);
    return this;
  }
  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }
  addEditor(email: string | { getEmail(): string }): ProtectionFacade {
    return this.addEditors([email]);
  }
  addEditors(emails: (string | { getEmail(): string })[]): ProtectionFacade {
    for (const email of emails) {
      const address = typeof email === 'string' ? email : email.getEmail();
      if (!this.model.editors.includes(address)) this.model.editors.push(address);
    }
    return this;
  }
  removeEditor(email: string | { getEmail(): string }): ProtectionFacade {
    return this.removeEditors([email]);
  }
  removeEditors(emails: (string | { getEmail(): string })[]): ProtectionFacade {
    const addresses = emails.map((email) => (typeof email === 'string' ? email : email.getEmail()));
    // The owner can never be removed, as in Sheets.
    this.model.editors = this.model.editors.filter(
      (editor) => editor === this.api.env.ownerEmail || !addresses.includes(editor),
    );
    return this;
  }
  getEditors(): { getEmail(): string }[] {
    return this.model.editors.map((email) => ({ getEmail: () => email }));
  }
  setDomainEdit(editable: boolean): ProtectionFacade {
    this.model.domainEdit = Boolean(editable);
    return this;
  }
  canDomainEdit(): boolean {
    return this.model.domainEdit;
  }
  canEdit(): boolean {
    const email = this.api.env.currentUserEmail();
    return (
      this.model.warningOnly ||
      email === this.api.env.ownerEmail ||
      this.model.editors.includes(email)
    );
  }
  remove(): void {
    const protections = this.api.env.workbook.protections;
    const index = protections.indexOf(this.model);
    if (index >= 0) protections.splice(index, 1);
  }
}
