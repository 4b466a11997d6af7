/**
 * Settings as they cross the bridge: the app, the merchant, the providers and what protects their
 * credentials, saved cards, how the shell is reached, and offline PIX.
 */
import type { PrinterModelInfo } from './device-views.ts';
import type { DeviceSettings } from '../src-shared/device-settings.ts';
import type { Cents, Currency } from '../src-shared/money.ts';
import type { Environment, Language, ProviderId, ProviderSelection } from './sale-views.ts';

export interface ProviderCapabilities {
  pixDynamic: boolean;
  pixRequiresPayer: boolean;
  pixList: boolean;
  pixRefund: boolean;
  pixStatic: boolean;
  simulatePayment: boolean;
  card: boolean;
  cardPaymentTypes: ('credit' | 'debit')[];
  cardMaxInstallments: number;
  cardCancel: boolean;
  cardList: boolean;
  cardVerify: boolean;
  cardToken: boolean;
  bankTransfer: boolean;
  /** The currency the provider charges PIX and transfers in (seed 002 may charge USD). */
  currency: Currency;
}

export interface ProviderInfo {
  id: ProviderId;
  name: string;
  environment: Environment;
  capabilities: ProviderCapabilities;
}

export interface AppInfo {
  version: string;
  language: Language;
  /** The shop's name, for headers and the customer display's welcome. */
  merchantName: string;
  /** True when a provider runs on the embedded sandbox: no real money moves. */
  demo: boolean;
  /** Who takes PIX and who takes cards; null when the till does not offer that method. */
  pix: ProviderInfo | null;
  card: ProviderInfo | null;
  /** Charges at or above this make the cashier confirm the amount first (Settings → Loja). */
  largeAmountCents?: Cents;
  /** Offline PIX: payments seen on the customer's proof are confirmed by a manager (else by the cashier). */
  staticPixManagerConfirms?: boolean;
}

export interface MerchantSettings {
  name: string;
  city: string;
  /** CNPJ or CPF, printed on receipts as given. */
  taxId: string;
  address: string;
}

export interface ProviderCatalogEntry {
  id: ProviderId;
  name: string;
  credentialFields: string[];
  /** What the provider can be chosen for. */
  roles: ('pix' | 'card')[];
}

/** Settings as the Settings screen sees them. Credentials are write-only: only which fields are set. */
export interface SettingsView {
  language: Language;
  merchant: MerchantSettings;
  providers: { pix: ProviderSelection | null; card: ProviderSelection | null };
  catalog: ProviderCatalogEntry[];
  /** For each "providerId.environment", the credential fields that hold a value. */
  credentialsSet: Record<string, string[]>;
  devices: DeviceSettings;
  printerModels: PrinterModelInfo[];
  /** Charges at or above this make the cashier confirm the amount first. */
  largeAmountCents: Cents;
  staticPix: StaticPixSettings;
  /** A late payment (a cancelled or expired charge paid anyway) is refunded without asking. */
  autoRefundLate: boolean;
}

export interface SavedCardView {
  id: string;
  providerId: ProviderId;
  brand: string;
  first6: string;
  last4: string;
  holderName: string;
  expiry: string;
}

/** What protects provider credentials at rest: the OS keyring, Electron's obfuscation without one, or the web shell's private file. */
export type SecretProtection = 'os_keyring' | 'basic_text' | 'plain_file';

/** How the shell running the till is reached and what guards it, for Settings. */
export interface ShellAccessView {
  secretStorage: SecretProtection;
  /** With `basic_text`: a manager accepted keeping production credentials without a keyring. */
  weakStorageConfirmed: boolean;
  /** The customer display with its read-only token on the shop's network (tablet pairing QR); null when not served there. */
  pairingUrl: string | null;
  /** SHA-256 fingerprint of the till's own HTTPS certificate, when it serves the shop's network. */
  certificateFingerprint: string | null;
  /** The cashier page's current address (web shell), to move to after a token rotation; null in Electron. */
  cashierUrl: string | null;
  /** Whether this shell has access tokens a manager can rotate. */
  canRotateTokens: boolean;
  /** Whether the till starts at login; null where the shell cannot (the web shell). */
  autoStart: boolean | null;
}

/** When the till builds its own static BR Code: only when the provider cannot be reached, or for every PIX. */
export const STATIC_PIX_MODES = ['fallback', 'always'] as const;
export type StaticPixMode = (typeof STATIC_PIX_MODES)[number];

/** Offline PIX ("PIX sem provedor"): the shop's own key, when to use it, and who may confirm a payment seen on the customer's phone. */
export interface StaticPixSettings {
  /** CPF, CNPJ, e-mail, +55 phone or random key; empty when the shop has none set. */
  pixKey: string;
  mode: StaticPixMode;
  /** A manager must confirm payments the cashier saw on the customer's proof. */
  managerConfirms: boolean;
}
