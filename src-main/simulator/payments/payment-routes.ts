/** Seed 002's three endpoints in the sandbox, under `/payments`. */
import { jsonBody, type SimRequest, type SimResponse, type SimRoute } from '../http-kit.ts';
import { checkRequest, paymentsError } from './auth.ts';
import { parseListQuery, type ListQuery } from './list-query.ts';
import type { PaymentStore, StoredPayment } from './payment-store.ts';
import { validatePayment } from './payment-validation.ts';
import { presentCreated, presentDetails, presentListItem } from './present.ts';

const INVALID = 'The given data was invalid.';

function sortKey(payment: StoredPayment, item: ListQuery['sort']['item']): string | number {
  switch (item) {
    case 'id':
      return payment.id;
    case 'created_at':
      return payment.createdAt;
    case 'updated_at':
      return payment.updatedAt;
    case 'amount':
      return payment.input.amountCents;
    case 'status':
      return payment.status;
    case 'customer_id':
      return payment.input.customer_id;
    case 'transaction_id':
      return payment.input.transaction.id;
  }
}

function byQuery(sort: ListQuery['sort']) {
  return (a: StoredPayment, b: StoredPayment): number => {
    const [x, y] = [sortKey(a, sort.item), sortKey(b, sort.item)];
    // Ties fall back to creation order, so paging never shows an item twice or skips one.
    const order = x < y ? -1 : x > y ? 1 : a.seq - b.seq;
    return sort.descending ? -order : order;
  };
}

function matches(payment: StoredPayment, query: ListQuery): boolean {
  return (
    (query.customerId === undefined || payment.input.customer_id === query.customerId) &&
    (query.transactionIds === undefined || query.transactionIds.includes(payment.input.transaction.id))
  );
}

export function paymentRoutes(store: PaymentStore): SimRoute[] {
  const create = (request: SimRequest): SimResponse => {
    const body = jsonBody(request);
    if (!body.ok) return paymentsError(400, 'The body is not valid JSON.');
    const checked = validatePayment(body.value);
    if (!checked.ok) return paymentsError(422, INVALID, checked.errors);
    return { status: 201, body: presentCreated(store.add(checked.value)) };
  };

  const details = (request: SimRequest): SimResponse => {
    const payment = store.get(request.params.id ?? '');
    return payment ? { status: 200, body: presentDetails(payment) } : paymentsError(404, 'Payment not found.');
  };

  const list = (request: SimRequest): SimResponse => {
    const parsed = parseListQuery(request.query);
    if (!parsed.ok) return paymentsError(422, INVALID, parsed.errors);
    const query = parsed.value;
    const found = store
      .list({ from: query.startTime, to: query.endTime })
      .filter((payment) => matches(payment, query))
      .sort(byQuery(query.sort));
    const first = (query.page - 1) * query.limit;
    return {
      status: 200,
      body: {
        data: found.slice(first, first + query.limit).map(presentListItem),
        page: query.page,
        limit: query.limit,
        total: found.length,
      },
    };
  };

  const guarded = (handle: SimRoute['handle']): SimRoute['handle'] => (request) => checkRequest(request) ?? handle(request);
  return [
    { method: 'POST', path: '/payments/v1/payment', handle: guarded(create) },
    { method: 'GET', path: '/payments/v1/payment/:id', handle: guarded(details) },
    { method: 'GET', path: '/payments/v1/payments', handle: guarded(list) },
  ];
}
