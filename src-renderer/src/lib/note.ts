/** How something the cashier asked for went, or how a device is: the colour of its words (the `tone-*` classes in base.css). */
export type Tone = 'ok' | 'warn' | 'bad' | 'off';

/** A short line on what became of something the cashier asked for (saved, tested, printed, exported). */
export interface Note {
  tone: Tone;
  text: string;
}
