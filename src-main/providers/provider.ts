import type { ProviderCapabilities } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';

export type PixChargeStatus = 'active' | 'paid' | 'expired' | 'refunded' | 'partially_refunded';

export interface PixCharge {
  txid: string;
  amountCents: Cents;
  status: PixChargeStatus;
  copyAndPaste: string;
  createdAt: string;
  expiresAt: string;
  userReference: string | undefined;
}

export interface CreatePixCharge {
  amountCents: Cents;
  /** Our sale id: how we find the provider's charge again after a timeout. */
  userReference: string;
  description: string;
  expiresInSeconds: number;
  /** The idempotency handle recorded in the ledger before the call. */
  transactionId: string;
}

/** One interface for every payment provider; the UI offers only what `capabilities` says. */
export interface Provider {
  readonly id: string;
  readonly name: string;
  readonly capabilities: ProviderCapabilities;
  createPixCharge(request: CreatePixCharge): Promise<PixCharge>;
  getPixCharge(txid: string): Promise<PixCharge>;
  /** Sandbox only: make the customer's bank pay the charge. */
  simulatePixPayment?(txid: string): Promise<void>;
}
