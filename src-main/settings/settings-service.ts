/**
 * Settings as the Settings screen reads and writes them. Credentials are write-only: they go to the
 * secret store and the screen only ever learns which fields hold a value.
 */
import type {
  AppInfo,
  Language,
  MerchantSettings,
  ProviderCatalogEntry,
  ProviderInfo,
  ProviderSelection,
  SettingsView,
  StaticPixSettings,
} from '../../src-preload/contract.ts';
import { PROVIDER_IDS } from '../../src-preload/contract.ts';
import { invalidInput } from '../core/errors.ts';
import type { EventBus } from '../core/events.ts';
import type { SecretStore, SettingsStore } from '../core/ports.ts';
import { listPrinterModels } from '../devices/printer/printer-models.ts';
import { PROVIDERS } from '../providers/provider-catalog.ts';
import { definitionOf, secretName, type ProviderHub, type Selections } from '../providers/provider-hub.ts';
import { capabilitiesOf } from '../providers/provider-capabilities.ts';

const CONFIGURABLE = ['sandbox', 'production'] as const;

export interface SettingsServiceDeps {
  settings: SettingsStore;
  secrets: SecretStore;
  hub: ProviderHub;
  events: EventBus;
  version: string;
}

export interface SettingsService {
  info(): AppInfo;
  view(): SettingsView;
  setLanguage(language: Language): AppInfo;
  setMerchant(merchant: MerchantSettings & { largeAmountCents?: number }): SettingsView;
  setStaticPix(staticPix: StaticPixSettings): SettingsView;
  setProviders(next: Selections): Promise<SettingsView>;
  setCredentials(input: { id: ProviderSelection['id']; environment: (typeof CONFIGURABLE)[number]; values: Record<string, string> }): SettingsView;
  setAutoRefundLate(enabled: boolean): SettingsView;
  /** Asks the provider with the saved credentials; throws when it refuses them. */
  testConnection(selection: ProviderSelection): Promise<null>;
}

export function createSettingsService({ settings, secrets, hub, events, version }: SettingsServiceDeps): SettingsService {
  const catalog = (): ProviderCatalogEntry[] =>
    PROVIDER_IDS.flatMap((id) => {
      const definition = PROVIDERS[id];
      return definition ? [{ id, name: definition.name, credentialFields: [...definition.credentialFields], roles: [...definition.roles] }] : [];
    });

  const credentialsSet = (): Record<string, string[]> =>
    Object.fromEntries(
      catalog().flatMap((entry) =>
        CONFIGURABLE.map((environment) => [
          `${entry.id}.${environment}`,
          entry.credentialFields.filter((field) => (secrets.get(secretName(entry.id, environment, field)) ?? '') !== ''),
        ]),
      ),
    );

  const describe = (role: 'pix' | 'card'): ProviderInfo | null => {
    const selection = hub.selections()[role];
    if (!selection) return null;
    const { provider } = hub.active(role);
    return { id: selection.id, name: provider.name, environment: selection.environment, capabilities: capabilitiesOf(provider) };
  };

  const info = (): AppInfo => ({
    version,
    language: settings.get('language'),
    merchantName: settings.get('merchant').name,
    demo: hub.demo(),
    pix: describe('pix'),
    card: describe('card'),
    largeAmountCents: settings.get('largeAmountCents'),
    staticPixManagerConfirms: settings.get('staticPix').managerConfirms,
  });

  const view = (): SettingsView => ({
    language: settings.get('language'),
    merchant: settings.get('merchant'),
    providers: hub.selections(),
    catalog: catalog(),
    credentialsSet: credentialsSet(),
    devices: settings.get('devices'),
    printerModels: listPrinterModels(),
    largeAmountCents: settings.get('largeAmountCents'),
    staticPix: settings.get('staticPix'),
    autoRefundLate: settings.get('autoRefundLatePayments') === true,
  });

  const assertRole = (selection: ProviderSelection | null, role: 'pix' | 'card') => {
    if (selection && !definitionOf(selection.id).roles.includes(role)) {
      throw invalidInput('provider.role_unsupported', `${selection.id} cannot take ${role}`, role);
    }
  };

  return {
    info,
    view,
    setLanguage(language: Language): AppInfo {
      settings.set('language', language);
      events.emit('app.changed', info());
      return info();
    },
    setMerchant({ largeAmountCents, ...merchant }: MerchantSettings & { largeAmountCents?: number }): SettingsView {
      settings.set('merchant', merchant);
      if (largeAmountCents !== undefined) settings.set('largeAmountCents', largeAmountCents);
      events.emit('app.changed', info());
      return view();
    },
    setStaticPix(staticPix: StaticPixSettings): SettingsView {
      settings.set('staticPix', staticPix);
      events.emit('app.changed', info());
      return view();
    },
    async setProviders(next: Selections): Promise<SettingsView> {
      assertRole(next.pix, 'pix');
      assertRole(next.card, 'card');
      await hub.select(next);
      settings.set('providers', next);
      events.emit('app.changed', info());
      return view();
    },
    setCredentials(input: { id: ProviderSelection['id']; environment: (typeof CONFIGURABLE)[number]; values: Record<string, string> }): SettingsView {
      const fields = definitionOf(input.id).credentialFields;
      for (const [field, value] of Object.entries(input.values)) {
        if (!fields.includes(field)) {
          throw invalidInput('credentials.unknown_field', `${input.id} has no credential ${field}`, field);
        }
        const name = secretName(input.id, input.environment, field);
        if (value === '') secrets.delete(name);
        else secrets.set(name, value);
      }
      hub.forget(input.id, input.environment);
      return view();
    },
    setAutoRefundLate(enabled: boolean): SettingsView {
      settings.set('autoRefundLatePayments', enabled);
      return view();
    },
    async testConnection(selection: ProviderSelection): Promise<null> {
      await hub.testConnection(selection);
      return null;
    },
  };
}

