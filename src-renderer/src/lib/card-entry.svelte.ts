/**
 * The card form's fields as typed, and what is wrong with each: a field is checked once the cashier has
 * left it, and again at every keystroke after that. Nothing here outlives the form, and `wipe` empties it.
 */
import { cardNumberFieldProblem, checkNewCard, checkSavedCard, cvvFieldProblem, emptyCardFields, expiryFieldProblem, holderDocumentProblem, holderNameProblem, type CardCheck, type CardField, type CardFields, type FieldProblem, type FieldProblems } from './card-form.ts';

export const CARD_FIELDS: readonly CardField[] = ['number', 'holderName', 'holderDocument', 'expiry', 'cvv'];

export class CardEntry {
  #fields = $state.raw<CardFields>(emptyCardFields());
  #problems = $state.raw<FieldProblems>({});
  #touched = $state.raw<Partial<Record<CardField, boolean>>>({});

  get fields(): CardFields {
    return this.#fields;
  }

  get problems(): FieldProblems {
    return this.#problems;
  }

  typed(field: CardField, masked: string): void {
    this.#fields = { ...this.#fields, [field]: masked };
    this.#recheck(field);
    if (field === 'number' && this.#touched.cvv) this.#recheck('cvv');
  }

  leave(field: CardField): void {
    if (this.#fields[field] === '' && !this.#problems[field]) return;
    this.#touched = { ...this.#touched, [field]: true };
    this.#recheck(field);
  }

  /** A fresh form, with the holder's name of a saved card when there is one. */
  wipe(holderName = ''): void {
    this.#fields = { ...emptyCardFields(), holderName };
    this.#problems = {};
    this.#touched = {};
  }

  /** Checks the whole form (a saved card needs only its holder); on failure every field shows its problem. */
  check(savedCardId: string | null): CardCheck {
    const fields = this.#fields;
    const check = savedCardId ? checkSavedCard(savedCardId, fields.holderName, fields.holderDocument) : checkNewCard(fields, Date.now());
    if (!check.ok) {
      this.#problems = check.problems;
      this.#touched = Object.fromEntries(CARD_FIELDS.map((field) => [field, true]));
    }
    return check;
  }

  #problemOf(field: CardField): FieldProblem | undefined {
    const fields = this.#fields;
    if (field === 'number') return cardNumberFieldProblem(fields.number);
    if (field === 'holderName') return holderNameProblem(fields.holderName);
    if (field === 'holderDocument') return holderDocumentProblem(fields.holderDocument);
    if (field === 'expiry') return expiryFieldProblem(fields.expiry, Date.now());
    return cvvFieldProblem(fields.cvv, fields.number);
  }

  #recheck(field: CardField): void {
    if (!this.#touched[field]) return;
    const problem = this.#problemOf(field);
    const { [field]: _old, ...rest } = this.#problems;
    this.#problems = problem ? { ...rest, [field]: problem } : rest;
  }
}
