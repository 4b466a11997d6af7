/** The customer display. */
export const customer = {
  'customer.payWithCard': 'Card payment',
  'customer.cardWait': 'Please wait for the approval…',
  'customer.declined': 'Card declined',
  'customer.declinedDetail': 'Please talk to the cashier.',
  'customer.welcome': 'Welcome!',
  'customer.welcomeDetail': 'Your total will appear here.',
  'customer.preparing': 'Preparing your payment…',
  'customer.payWithPix': 'Pay with PIX',
  'customer.scan': 'Open your bank app and scan the code.',
  'customer.paid': 'Payment approved — thank you!',
  'customer.expired': 'QR code expired',
  'customer.expiredDetail': 'Please ask the cashier for a new one.',
  'customer.cancelled': 'Sale cancelled',
  'customer.failed': 'Payment not completed',
  'customer.failedDetail': 'Please talk to the cashier.',
  'customer.payByTransfer': 'Pay by bank transfer',
  'customer.transferExact': 'Transfer exactly this amount to the account below.',
  'customer.transferExpired': 'Deposit time is over',
  'customer.previewTransfer': 'Payment by bank transfer',
  'customer.previewTransferDetail': 'The account to deposit into will appear here in a moment.',

  'customer.cardKeyed': 'The cashier is typing the card',

  // Offline PIX (issue 8, point 5).
  'customer.staticPixProof': 'Scan with your bank’s app, pay, then show the cashier the proof of payment.',
} as const;
