/** Every provider the sandbox speaks. A provider's sandbox joins by adding its factory here. */
import { createAstrapaySandbox } from './astrapay/astrapay-sandbox.ts';
import { createCardPaymentsSandbox } from './card-payments/card-payments-sandbox.ts';
import { createPaymentsSandbox } from './payments/payments-sandbox.ts';
import type { SandboxContext, SandboxModule } from './sandbox-module.ts';

export const SANDBOX_MODULES: readonly ((context: SandboxContext) => SandboxModule)[] = [createAstrapaySandbox, createCardPaymentsSandbox, createPaymentsSandbox];
