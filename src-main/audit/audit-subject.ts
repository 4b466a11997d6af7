/**
 * What a journaled call was about, read from its input by name: ids and names only, so a PIN, a
 * credential value or a card can never reach the journal.
 */
const SUBJECT_KEYS = ['saleId', 'billId', 'savedCardId', 'operatorId', 'shiftId'] as const;

export function auditSubject(input: unknown): string | null {
  if (typeof input !== 'object' || input === null) return null;
  const fields = input as Record<string, unknown>;
  for (const key of SUBJECT_KEYS) {
    if (typeof fields[key] === 'string') return fields[key];
  }
  // settings.setCredentials: which account, never the values.
  if (typeof fields.id === 'string' && typeof fields.environment === 'string') return `${fields.id}.${fields.environment}`;
  if (typeof fields.name === 'string' && typeof fields.role === 'string') return `${fields.name} (${fields.role})`;
  return null;
}
