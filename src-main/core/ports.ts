import type { Language, MerchantSettings, ProviderSelection, ShellAccessView, StaticPixSettings } from '../../src-preload/contract.ts';
import { DEFAULT_DEVICE_SETTINGS, type DeviceSettings } from '../../src-shared/device-settings.ts';
import type { Cents } from '../../src-shared/money.ts';

/** What the till remembers between launches (electron-store in Electron, conf on a temp dir in tests). */
export interface Settings {
  language: Language;
  /** Who takes PIX and who takes cards; null when the shop does not offer that method. */
  providers: { pix: ProviderSelection | null; card: ProviderSelection | null };
  merchant: MerchantSettings;
  devices: DeviceSettings;
  /** Several tills, one shop: whether this till feeds a store ledger, and this installation's id there. */
  store: { enabled: boolean; installId: string };
  /** Charges at or above this many centavos make the cashier confirm the amount first. */
  largeAmountCents: number;
  staticPix: StaticPixSettings;
  /** Refund a late payment (a cancelled or expired charge paid anyway) without asking the cashier. */
  autoRefundLatePayments: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'pt-BR',
  providers: { pix: { id: 'astrapay', environment: 'embedded' }, card: { id: 'astrapay', environment: 'embedded' } },
  merchant: { name: 'Loja Demo', city: 'São Paulo', taxId: '', address: '' },
  devices: DEFAULT_DEVICE_SETTINGS,
  store: { enabled: false, installId: '' },
  largeAmountCents: 100_000,
  staticPix: { pixKey: '', mode: 'fallback', managerConfirms: false },
  autoRefundLatePayments: false,
};

/** The subset of the electron-store / conf API the core uses. */
export interface SettingsStore {
  get<K extends keyof Settings>(key: K): Settings[K];
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
}

/** Credentials live here, never in settings: safeStorage in Electron, a marked stand-in elsewhere. */
export interface SecretStore {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
  delete(name: string): void;
}

export interface Clock {
  now(): number;
}

/** Cancels a timer the scheduler set; calling it after the timer fired does nothing. */
export type CancelTimer = () => void;

/** Timers come through this port, so tests move time instead of sleeping. */
export interface Scheduler {
  after(ms: number, run: () => void): CancelTimer;
}

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface Ports {
  settings: SettingsStore;
  secrets: SecretStore;
  dataDir: string;
  clock: Clock;
  scheduler: Scheduler;
  fetch: typeof fetch;
  logger: Logger;
}

export const systemClock: Clock = { now: () => Date.now() };

export const systemScheduler: Scheduler = {
  after(ms, run) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

/** What the shell running the till (Electron or web) offers Settings: access tokens, certificate, credential storage. */
export interface ShellPort {
  access(): ShellAccessView;
  rotateTokens(): ShellAccessView;
  confirmWeakStorage(): ShellAccessView;
  setAutoStart(enabled: boolean): ShellAccessView;
}

/**
 * Multi-till hook (src-main/store): holds the refund's amount against the sale in the shop's store ledger
 * before the provider hears of it, so two tills can never refund past what is left. Absent on a lone till.
 */
export interface RefundGuard {
  /** Throws (refund.too_much) when the shop has less left to refund. */
  reserve(saleId: string, refundId: string, amountCents: Cents): Promise<void>;
  /** The refund did not happen: frees its amount. Never throws. */
  release(refundId: string): Promise<void>;
}
